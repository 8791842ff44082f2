using System.Globalization;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Engine;

public sealed partial class DialogEngine
{
    private DialogResult Back(Questionnaire q, DialogState state, Step step)
    {
        var previous = state.History.LastOrDefault(id => id != step.Id && q.Find(id) is not null);
        if (previous is null) return Ask(q, state, step, [new Reply(T("back_first", state.Language))]);
        var history = state.History.Take(state.History.ToList().LastIndexOf(previous)).ToList();
        state = state with { CurrentStepId = previous, History = history, Retries = 0, Explained = 0, ReturnToStepId = null };
        return Ask(q, state, q.Find(previous)!, []);
    }

    private DialogResult Skip(Questionnaire q, DialogState state, Step step, string userId)
    {
        if (step.Required)
        {
            var why = step.Why.Get(state.Language) ?? T("why_default", state.Language);
            return Ask(q, state, step, [new Reply(T("skip_refused", state.Language, ("why", why)))]);
        }

        state = state.WithAnswer(Engine.Answer.Skip(step, state.Language, userId, time.GetUtcNow()));
        return AdvanceAfter(q, state, step, []);
    }

    private DialogResult AcceptExisting(Questionnaire q, DialogState state, Step step) =>
        AdvanceAfter(q, state with { History = state.History.Contains(step.Id) ? state.History : [.. state.History, step.Id] }, step, []);

    private DialogResult StartChange(Questionnaire q, DialogState state, Step step)
    {
        var summary = _prompts.Summary(q, state);
        if (!q.Questions.Any(s => state.Answers.ContainsKey(s.Id))) return Ask(q, state, step, [new Reply(T("change_none", state.Language))]);
        return new DialogResult(state with { Mode = DialogMode.PickingChange }, [summary, new Reply(T("change_pick", state.Language), Token: state.Token)]);
    }

    private DialogResult OnChangePick(Questionnaire q, DialogState state, Step step, string text, DialogCommand command)
    {
        var answered = q.Questions.Where(s => state.Answers.ContainsKey(s.Id)).ToList();
        var picked = int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= answered.Count
            ? answered[n - 1]
            : recognizer.Choice(text, answered.Select(s => new Recognition.ChoiceOption(s.Id, [PromptBuilder.ShortPrompt(s, state.Language), s.Id])).ToList()) is { } match
                ? q.Find(match.Id)
                : null;
        if (picked is null)
        {
            return command is DialogCommand.Stop or DialogCommand.Back or DialogCommand.Resume
                ? Ask(q, state, step, [])
                : new DialogResult(state, [new Reply(T("change_pick", state.Language), Token: state.Token)]);
        }

        state = state with { CurrentStepId = picked.Id, ReturnToStepId = picked.Id == step.Id ? null : step.Id, Retries = 0, Explained = 0 };
        return Ask(q, state, picked, []);
    }

    private DialogResult OnStopConfirmation(Questionnaire q, DialogState state, Step step, string text)
    {
        var yes = recognizer.YesNo(text) ?? DialogCommands.Parse(text) == DialogCommand.Stop;
        if (yes) return Complete(q, state, [], DialogStatus.Stopped, "stopped");
        return Ask(q, state, step, [new Reply(T("stop_cancelled", state.Language))]);
    }

    private Reply HelpReply(Step step, string language)
    {
        var lines = new List<string>();
        if (step.Help.Get(language) is { } help) lines.Add(T("help_step", language, ("help", help)));
        lines.Add(T("why", language, ("why", step.Why.Get(language) ?? T("why_default", language))));
        lines.Add(T("help_commands", language));
        return new Reply(string.Join("\n\n", lines));
    }

    /// <summary>"Ik begrijp het niet": first other words, then an example, then the offer of a tolk.</summary>
    private DialogResult Explain(Questionnaire q, DialogState state, Step step)
    {
        var language = state.Language;
        state = state with { Explained = state.Explained + 1 };
        var examples = step.Examples.Get(language);
        return state.Explained switch
        {
            1 when !step.Simpler.IsEmpty => new DialogResult(state, [_prompts.Prompt(q, state, step, simpler: true)]),
            <= 2 when examples.Count > 0 => new DialogResult(state,
                [new Reply(T("not_understood_example", language, ("examples", string.Join(", ", examples.Select(e => "*" + e + "*"))))), _prompts.Prompt(q, state, step, simpler: true, withExamples: false)]),
            _ => new DialogResult(state, [new Reply(T("interpreter_offer", language)), _prompts.Prompt(q, state, step, simpler: true)]),
        };
    }
}
