using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Loading;

internal sealed class StepValidator(QuestionnaireValidator questionnaire, IReadOnlyList<Step> earlier, bool simple)
{
    public Step Build(RawStep raw, string sectionId)
    {
        var id = raw.Id ?? "?";
        if (!QuestionnaireLoader.IdPattern().IsMatch(raw.Id ?? string.Empty)) questionnaire.Error(raw.Id, "`id` ontbreekt of bevat andere tekens dan a-z, 0-9, - en _.");
        if (earlier.Any(s => s.Id == id)) questionnaire.Error(id, "deze id komt twee keer voor.");
        if (!Enum.TryParse<StepKind>(raw.Kind, ignoreCase: true, out var kind))
        {
            questionnaire.Error(id, $"`kind` '{raw.Kind}' bestaat niet; kies text, choice, multi, yesno, number, money, months, date of info.");
        }

        var choices = Choices(raw, id, kind);
        if (raw.Min > raw.Max) questionnaire.Error(id, "`min` is groter dan `max`.");
        if (raw.NoneChoice is { } none && choices.All(c => c.Id != none)) questionnaire.Error(id, $"`none_choice` '{none}' is geen keuze van deze stap.");
        var answers = kind == StepKind.YesNo ? ["ja", "nee"] : choices.Select(c => c.Id).ToList();
        var barrier = raw.Barrier is null ? null : Barrier(raw.Barrier, id, answers);
        foreach (var value in (raw.EndsWhen ?? []).Where(v => !answers.Contains(v)))
            questionnaire.Error(id, $"`ends_when` noemt '{value}', maar dat antwoord bestaat niet.");
        return new Step(id, sectionId, kind, raw.Required,
            questionnaire.Text(raw.Prompt, id, "prompt", required: true, simple),
            Text(raw.Simpler), Text(raw.Help), Text(raw.Why),
            QuestionnaireValidator.List(raw.Examples), choices, When(raw.When, id), raw.Tags ?? [],
            raw.Min, raw.Max, raw.Default, raw.NoneChoice, barrier, raw.EndsWhen ?? [], raw.ChoicesFrom, raw.Past);
    }

    private static LocalizedText Text(Dictionary<string, string>? values) => values is null ? LocalizedText.Empty : new LocalizedText(values);

    private List<Choice> Choices(RawStep raw, string id, StepKind kind)
    {
        var choices = new List<Choice>();
        if (kind is StepKind.Choice or StepKind.Multi && raw.ChoicesFrom is null && (raw.Choices is null || raw.Choices.Count < 2))
            questionnaire.Error(id, "een keuzevraag heeft minstens twee `choices` nodig.");
        foreach (var rawChoice in raw.Choices ?? [])
        {
            if (!QuestionnaireLoader.IdPattern().IsMatch(rawChoice.Id ?? string.Empty)) questionnaire.Error(id, "een keuze heeft geen geldige `id`.");
            else if (choices.Any(c => c.Id == rawChoice.Id)) questionnaire.Error(id, $"keuze '{rawChoice.Id}' staat er twee keer in.");
            var text = questionnaire.Text(rawChoice.Text, id, $"keuze {rawChoice.Id}", required: true, simple);
            choices.Add(new Choice(rawChoice.Id ?? "?", text, QuestionnaireValidator.List(rawChoice.Synonyms), rawChoice.Emoji));
        }

        return choices;
    }

    private Condition? When(string? source, string id)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        try
        {
            var condition = Condition.Parse(source);
            foreach (var comparison in condition.AnyOf.SelectMany(g => g)) Check(comparison, id);
            return condition;
        }
        catch (FormatException e)
        {
            questionnaire.Error(id, $"`when` klopt niet: {e.Message}");
            return null;
        }
    }

    private void Check(ConditionTerm comparison, string id)
    {
        var target = earlier.FirstOrDefault(s => s.Id == comparison.StepId);
        if (target is null)
        {
            questionnaire.Error(id, $"`when` noemt '{comparison.StepId}', maar dat is geen eerdere stap.");
            return;
        }

        var allowed = target.Kind == StepKind.YesNo ? ["ja", "nee"] : target.Choices.Select(c => c.Id).ToList();
        if (allowed.Count == 0) return;
        foreach (var value in comparison.Values.Where(v => !allowed.Contains(v)))
            questionnaire.Error(id, $"`when` vergelijkt '{comparison.StepId}' met '{value}', maar dat antwoord bestaat niet (wel: {string.Join(", ", allowed)}).");
    }

    private BarrierRule Barrier(RawBarrier raw, string id, IReadOnlyList<string> answers)
    {
        foreach (var value in (raw.When ?? []).Where(v => answers.Count > 0 && !answers.Contains(v)))
            questionnaire.Error(id, $"`barrier.when` noemt '{value}', maar dat antwoord bestaat niet.");
        if (raw.When is null or { Count: 0 }) questionnaire.Error(id, "`barrier` heeft geen `when`.");
        return new BarrierRule(raw.When ?? [], questionnaire.Text(raw.Label, id, "barrier.label", required: true, simple: false),
            questionnaire.Text(raw.NextStep, id, "barrier.next_step", required: true, simple: false));
    }
}
