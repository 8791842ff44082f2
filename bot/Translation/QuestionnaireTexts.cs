using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// A questionnaire's texts in simple Dutch by key (`intake-zelf/roepnaam.prompt`), the keys the cache
/// knows them by, and a questionnaire with translations put in for one language. Consent texts are left
/// out, so they are never sent to the model and always read in simple Dutch.
/// </summary>
internal static class QuestionnaireTexts
{
    public static Dictionary<string, string> Collect(Questionnaire q)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(texts, q, "title", q.Title);
        Add(texts, q, "intro", q.Intro);
        foreach (var section in q.Sections) Add(texts, q, $"sections.{section.Id}", section.Title);
        foreach (var step in q.Steps.Where(s => !ConsentTexts.IsConsentStep(s.Id)))
        {
            Add(texts, q, $"{step.Id}.prompt", step.Prompt);
            Add(texts, q, $"{step.Id}.simpler", step.Simpler);
            Add(texts, q, $"{step.Id}.help", step.Help);
            Add(texts, q, $"{step.Id}.why", step.Why);
            // One text per list: a line per example, so the model sees them together and keeps the count.
            if (step.Examples.Get(Language.SimpleDutch) is { Count: > 0 } examples) texts[Key(q, $"{step.Id}.examples")] = string.Join("\n", examples);
            foreach (var choice in step.Choices) Add(texts, q, $"{step.Id}.choices.{choice.Id}", choice.Text);
        }

        return texts;
    }

    /// <summary>Whether <paramref name="key"/> belongs to the questionnaire itself or to one of <paramref name="stepIds"/>.</summary>
    public static bool IsFor(Questionnaire q, string key, IReadOnlySet<string> stepIds)
    {
        var local = key[(q.Id.Length + 1)..];
        var dot = local.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || local.StartsWith("sections.", StringComparison.Ordinal) || stepIds.Contains(local[..dot]);
    }

    public static Questionnaire Apply(Questionnaire q, string language, IReadOnlyDictionary<string, string> translated)
    {
        if (translated.Count == 0) return q;
        LocalizedText With(LocalizedText text, string local) =>
            translated.TryGetValue(Key(q, local), out var t) ? text.With(language, t) : text;

        return q with
        {
            Title = With(q.Title, "title"),
            Intro = With(q.Intro, "intro"),
            Sections = q.Sections.Select(s => s with { Title = With(s.Title, $"sections.{s.Id}") }).ToList(),
            Steps = q.Steps.Select(step => step with
            {
                Prompt = With(step.Prompt, $"{step.Id}.prompt"),
                Simpler = With(step.Simpler, $"{step.Id}.simpler"),
                Help = With(step.Help, $"{step.Id}.help"),
                Why = With(step.Why, $"{step.Id}.why"),
                Examples = Examples(step, translated.GetValueOrDefault(Key(q, $"{step.Id}.examples")), language),
                Choices = step.Choices.Select(c => c with { Text = With(c.Text, $"{step.Id}.choices.{c.Id}") }).ToList(),
            }).ToList(),
        };
    }

    private static LocalizedList Examples(Step step, string? translated, string language)
    {
        if (translated is null) return step.Examples;
        var lines = translated.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // Merged or split lines mean the model lost track of which example is which: keep the Dutch ones.
        return lines.Length == step.Examples.Get(Language.SimpleDutch).Count ? step.Examples.With(language, lines) : step.Examples;
    }

    private static void Add(Dictionary<string, string> texts, Questionnaire q, string local, LocalizedText text)
    {
        var key = Key(q, local);
        if (!ConsentTexts.IsConsentKey(key) && text.Get(Language.SimpleDutch) is { Length: > 0 } dutch) texts[key] = dutch;
    }

    private static string Key(Questionnaire q, string local) => $"{q.Id}/{local}";
}
