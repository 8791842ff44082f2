using System.Globalization;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Engine;

public sealed partial class DialogEngine
{
    private static readonly string[] WhyWords = ["waarom", "why", "waarvoor"];
    private static readonly string[] QuestionWords = ["wat ", "hoe ", "wie ", "welke ", "wanneer ", "waar ", "mag ", "kan ", "moet ", "is ", "what ", "how ", "who ", "can "];

    private DialogResult Answer(Questionnaire q, DialogState state, Step step, string text, string userId)
    {
        if (TryQuestion(q, state, step, text) is { } answered) return answered;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var (answer, problem) = _parser.Parse(step, text, state.Language, userId, time.GetUtcNow(), today);
        if (answer is not null && step.EndsWhen.Count > 0 && answer.Keys().Any(step.EndsWhen.Contains))
            return Complete(q, state, [], DialogStatus.Declined, "declined");

        if (answer is null) return Retry(q, state with { Retries = state.Retries + 1 }, step, problem ?? "not_recognised");
        // The step that asks for an interpreter counts like the `tolk` command.
        if (step.HasTag("interpreter") && answer.YesNo == true) state = state with { InterpreterRequested = true };
        return AdvanceAfter(q, state.WithAnswer(answer), step, []);
    }

    /// <summary>
    /// "Waarom moet ik dat weten?" gets the step's own why; another question goes to the interruption
    /// handler. Either way the same step is asked again. At an open step, text ending in '?' counts as
    /// a question only when it starts like one.
    /// </summary>
    private DialogResult? TryQuestion(Questionnaire q, DialogState state, Step step, string text)
    {
        var normalized = DialogCommands.Normalize(text);
        var language = state.Language;
        if (WhyWords.Any(w => normalized.StartsWith(w, StringComparison.Ordinal)))
        {
            var why = T("why", language, ("why", step.Why.Get(language) ?? T("why_default", language)));
            return Ask(q, state, step, [new Reply(why)], T("back_to_question", language));
        }

        var isQuestion = text.TrimEnd().EndsWith('?') && (step.Kind != StepKind.Text || QuestionWords.Any(w => normalized.StartsWith(w, StringComparison.Ordinal)));
        if (!isQuestion || interruptions?.TryAnswer(text, language) is not { } reply) return null;
        return Ask(q, state, step, [reply], T("back_to_question", language));
    }

    /// <summary>First what is expected, then simpler words with an example, then a way out. Never a loop without exit.</summary>
    private DialogResult Retry(Questionnaire q, DialogState state, Step step, string problem)
    {
        var language = state.Language;
        var expected = problem == "expected_range"
            ? T(problem, language, ("min", Format(step.Min)), ("max", Format(step.Max)))
            : T(problem, language);
        var lead = T("not_recognised", language) + " " + expected;
        if (state.Retries == 1) return new DialogResult(state, [_prompts.Prompt(q, state, step, lead, withExamples: false)]);
        var examples = step.Examples.Get(language);
        if (state.Retries == 2)
        {
            var example = examples.Count > 0 ? "\n" + T("not_understood_example", language, ("examples", "*" + examples[0] + "*")) : string.Empty;
            return new DialogResult(state, [_prompts.Prompt(q, state, step, expected + example, simpler: true, withExamples: false)]);
        }

        var exit = T(step.Required ? "retry_exit_required" : "retry_exit_optional", language);
        return new DialogResult(state, [_prompts.Prompt(q, state, step, expected + "\n" + exit, simpler: true, withExamples: false)]);
    }

    private DialogResult OnKnownConfirmation(Questionnaire q, DialogState state, Step step, string text, DialogCommand command, string userId)
    {
        if (command is not DialogCommand.None and not DialogCommand.Keep) return OnAsking(q, state with { Mode = DialogMode.Asking }, step, text, command, userId);
        var confirmed = command == DialogCommand.Keep || recognizer.YesNo(text) == true;
        if (confirmed && state.Known.TryGetValue(step.Id, out var known))
            return AdvanceAfter(q, state.WithAnswer(known with { At = time.GetUtcNow(), By = userId }), step, []);
        if (recognizer.YesNo(text) == false) return Ask(q, state, step, []);
        return Answer(q, state with { Mode = DialogMode.Asking }, step, text, userId);
    }

    private static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")) ?? "?";
}
