using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// A statushouder's questionnaire in a language without a translation: every text already translated
/// comes from the cache, and what the next questions need is translated from simple Dutch now. Only
/// the current and the next few steps: translating a whole questionnaire would keep the first user waiting.
/// </summary>
internal sealed class MachineTranslationTailor(MachineTranslation machine, QuestionnaireCatalog catalog, TextCatalog texts, TranslationCache cache) : IQuestionnaireTailor
{
    private const int QuestionsAhead = 3;

    public bool Handles(string questionnaireId) => machine.Texts is not null && catalog.Find(questionnaireId)?.Audience == "statushouder";

    public async Task<Questionnaire> TailorAsync(Questionnaire questionnaire, DialogState? state, TurnInfo turn, CancellationToken cancellationToken)
    {
        var language = state?.Language ?? turn.Language;
        if (machine.Texts is not { } translator || !IsMachineLanguage(questionnaire, language)) return questionnaire;
        var sources = QuestionnaireTexts.Collect(questionnaire);
        var found = await cache.FindAsync(language, sources, cancellationToken);
        var window = Window(questionnaire, state?.CurrentStepId);
        var missing = sources.Where(s => !found.ContainsKey(s.Key) && QuestionnaireTexts.IsFor(questionnaire, s.Key, window))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            var made = await translator.FromSimpleDutchAsync(missing, language, cancellationToken);
            await cache.SaveAsync(language, missing, made, cancellationToken);
            foreach (var (key, text) in made) found[key] = text;
        }

        return QuestionnaireTexts.Apply(questionnaire, language, found);
    }

    /// <summary>No texts file and no overlay of its own: only then does a model translate.</summary>
    private bool IsMachineLanguage(Questionnaire questionnaire, string language) =>
        language is not (Language.Dutch or Language.SimpleDutch)
        && !texts.Files.ContainsKey(language)
        && !questionnaire.TranslationsReviewed.ContainsKey(language);

    /// <summary>The step before the current one (for `terug`), the current one and the next few questions.</summary>
    private static HashSet<string> Window(Questionnaire questionnaire, string? currentStepId)
    {
        var start = Math.Max(0, (currentStepId is null ? 0 : questionnaire.IndexOf(currentStepId)) - 1);
        var window = new HashSet<string>(StringComparer.Ordinal);
        var questions = 0;
        foreach (var step in questionnaire.Steps.Skip(start))
        {
            window.Add(step.Id);
            if (step.IsQuestion && step.Id != currentStepId && !ConsentTexts.IsConsentStep(step.Id) && ++questions > QuestionsAhead) break;
        }

        return window;
    }
}
