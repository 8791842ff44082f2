using System.Globalization;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Engine;

/// <summary>Builds the replies the engine sends: prompts with progress and choices, answers as text.</summary>
internal sealed class PromptBuilder(TextCatalog texts)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public string T(string key, string language, params (string, string)[] values) => texts.Get(key, language, values);

    public Reply Prompt(Questionnaire q, DialogState state, Step step, string? lead = null, bool simpler = false, bool withExamples = true)
    {
        var language = state.Language;
        var lines = new List<string>();
        if (lead is not null) lines.Add(lead);
        lines.Add(Progress(q, step, language));
        var text = simpler ? step.Simpler.Get(language) ?? step.Prompt.Get(language) : step.Prompt.Get(language);
        lines.Add(text ?? step.Id);
        var examples = step.Examples.Get(language);
        if (withExamples && examples.Count > 0 && step.Kind == StepKind.Text)
            lines.Add(T("examples", language, ("list", string.Join(", ", examples.Select(e => "*" + e + "*")))));
        if (state.Answers.TryGetValue(step.Id, out var old) && !old.Skipped)
            lines.Add(T("old_answer", language, ("answer", Display(q, old, language))));
        else if (step.Default is { } preset && step.Kind != StepKind.Date)
            lines.Add(T("default_offer", language, ("value", Display(q, DefaultAnswer(step, preset), language))));
        else if (step.Default is { } days)
            lines.Add(T("default_offer_days", language, ("days", days.ToString("0", CultureInfo.InvariantCulture))));
        return new Reply(string.Join("\n", lines), Choices(step, language), state.Token, step.Kind == StepKind.Multi);
    }

    /// <summary>The answer `ok` gives at a step with a typical value (Tabel 1's months per phase).</summary>
    /// <remarks>For a date step the typical value is a number of days from today ("over 2 weken" = 14).</remarks>
    public static Answer DefaultAnswer(Step step, decimal preset, DateOnly today = default) => step.Kind == StepKind.Date
        ? new(step.Id, step.Kind, "ok", "nl", string.Empty, DateTimeOffset.UnixEpoch, Date: today.AddDays((int)preset))
        : new(step.Id, step.Kind, "ok", "nl", string.Empty, DateTimeOffset.UnixEpoch, Number: preset);

    public string Progress(Questionnaire q, Step step, string language)
    {
        var questions = q.Questions.ToList();
        var n = questions.FindIndex(s => s.Id == step.Id) + 1;
        var section = q.SectionOf(step).Title.Get(language) ?? step.SectionId;
        return T("progress", language, ("section", section), ("n", n.ToString(CultureInfo.InvariantCulture)), ("total", questions.Count.ToString(CultureInfo.InvariantCulture)));
    }

    public IReadOnlyList<ReplyChoice>? Choices(Step step, string language) => step.Kind switch
    {
        StepKind.YesNo => [new("ja", T("yes", language), "👍"), new("nee", T("no", language), "👎")],
        StepKind.Choice or StepKind.Multi => step.Choices.Select(c => new ReplyChoice(c.Id, c.Text.Get(language) ?? c.Id, c.Emoji)).ToList(),
        _ => null,
    };

    public string Display(Questionnaire q, Answer answer, string language)
    {
        var step = q.Find(answer.StepId);
        return answer switch
        {
            { Skipped: true } => "—",
            { Choices: { } ids } => string.Join(", ", ids.Select(id => step?.Choices.FirstOrDefault(c => c.Id == id)?.Text.Get(language) ?? id)),
            { YesNo: { } yes } => T(yes ? "yes" : "no", language),
            { Date: { } date } => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
            { Number: { } n } when answer.Kind == StepKind.Money => n.ToString("C", Dutch),
            { Number: { } n } when answer.Kind == StepKind.Months => $"{n.ToString("0.#", Dutch)} {T("months_unit", language)}",
            { Number: { } n } => n.ToString("0.##", Dutch),
            _ => answer.Text ?? answer.Raw,
        };
    }

    public Reply Summary(Questionnaire q, DialogState state)
    {
        var language = state.Language;
        var answered = q.Questions.Where(s => state.Answers.ContainsKey(s.Id)).ToList();
        if (answered.Count == 0) return new Reply(T("summary_empty", language));
        var lines = answered.Select((s, i) => $"{i + 1}. {ShortPrompt(s, language)}: **{Display(q, state.Answers[s.Id], language)}**");
        return new Reply(T("summary_title", language) + "\n" + string.Join("\n", lines));
    }

    /// <summary>The first sentence of a prompt, to list answers without repeating whole questions.</summary>
    public static string ShortPrompt(Step step, string language)
    {
        var prompt = step.Prompt.Get(language) ?? step.Id;
        var end = prompt.IndexOfAny(['?', '\n']);
        return end > 0 ? prompt[..(end + (prompt[end] == '?' ? 1 : 0))] : prompt;
    }
}
