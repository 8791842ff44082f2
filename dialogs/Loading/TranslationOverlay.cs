using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Loading;

/// <summary>
/// Adds a translation file's texts (`roepnaam.prompt: ...`) to a questionnaire, so translators work
/// in their own file and never in the questions.
/// </summary>
internal static class TranslationOverlay
{
    public static Questionnaire Apply(Questionnaire q, RawTranslation raw, string fileLanguage, string file, List<QuestionnaireError> errors)
    {
        var language = raw.Language ?? fileLanguage;
        if (language != fileLanguage) errors.Add(new(file, null, $"`language` '{language}' past niet bij de bestandsnaam."));
        var steps = q.Steps.ToDictionary(s => s.Id);
        var sections = q.Sections.ToList();
        var (title, intro) = (q.Title, q.Intro);
        foreach (var (key, value) in raw.Texts ?? [])
        {
            var parts = key.Split('.');
            var text = value as string;
            switch (parts)
            {
                case ["title"] when text is not null: title = title.With(language, text); break;
                case ["intro"] when text is not null: intro = intro.With(language, text); break;
                case ["sections", var id] when text is not null && sections.Any(s => s.Id == id):
                    sections = sections.Select(s => s.Id == id ? s with { Title = s.Title.With(language, text) } : s).ToList();
                    break;
                case [var id, var field, ..] when steps.TryGetValue(id, out var step) && Apply(step, parts[1..], value, language) is { } changed:
                    steps[id] = changed;
                    break;
                default:
                    errors.Add(new(file, parts.Length > 1 ? parts[0] : null, $"de sleutel '{key}' hoort bij geen tekst van de vragenlijst."));
                    break;
            }
        }

        var reviewed = new Dictionary<string, bool>(q.TranslationsReviewed) { [language] = raw.Reviewed };
        return q with { Title = title, Intro = intro, Sections = sections, Steps = q.Steps.Select(s => steps[s.Id]).ToList(), TranslationsReviewed = reviewed };
    }

    private static Step? Apply(Step step, string[] field, object value, string language)
    {
        var text = value as string;
        return field switch
        {
            ["prompt"] when text is not null => step with { Prompt = step.Prompt.With(language, text) },
            ["simpler"] when text is not null => step with { Simpler = step.Simpler.With(language, text) },
            ["help"] when text is not null => step with { Help = step.Help.With(language, text) },
            ["why"] when text is not null => step with { Why = step.Why.With(language, text) },
            ["examples"] when value is List<object> list => step with { Examples = step.Examples.With(language, list.Select(o => o.ToString() ?? string.Empty).ToList()) },
            ["choices", var choice] when text is not null && step.Choices.Any(c => c.Id == choice) =>
                step with { Choices = step.Choices.Select(c => c.Id == choice ? c with { Text = c.Text.With(language, text) } : c).ToList() },
            _ => null,
        };
    }
}
