using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Engine;

public sealed partial class DialogEngine
{
    /// <summary>
    /// Moves to the first step after <paramref name="fromIndex"/> whose condition holds: info steps are
    /// said on the way, a known answer is confirmed instead of asked, and past the last step it ends.
    /// </summary>
    private DialogResult Advance(Questionnaire q, DialogState state, int fromIndex, List<Reply> replies)
    {
        for (var i = fromIndex + 1; i < q.Steps.Count; i++)
        {
            var step = q.Steps[i];
            if (step.When is { } when && !when.Holds(state.Answers)) continue;
            if (state.Given.Contains(step.Id) && state.Answers.ContainsKey(step.Id)) continue;
            if (step.Kind == StepKind.Info)
            {
                replies.Add(new Reply(step.Prompt.Get(state.Language) ?? string.Empty));
                continue;
            }

            state = state with { CurrentStepId = step.Id, Retries = 0, Explained = 0, Mode = DialogMode.Asking };
            if (!state.Answers.ContainsKey(step.Id) && state.Known.TryGetValue(step.Id, out var known))
            {
                state = state with { Mode = DialogMode.ConfirmingKnown };
                replies.Add(new Reply(_prompts.Progress(q, step, state.Language) + "\n" + (step.Prompt.Get(state.Language) ?? step.Id) + "\n" +
                    T("known_confirm", state.Language, ("answer", _prompts.Display(q, known, state.Language))), YesNoChoices(state.Language), state.Token));
                return new DialogResult(state, replies);
            }

            replies.Add(_prompts.Prompt(q, state, step));
            return new DialogResult(state, replies);
        }

        return Complete(q, state, replies, DialogStatus.Completed, "completed");
    }

    /// <summary>After an answer: back to where `wijzig` started, or on to the next step.</summary>
    private DialogResult AdvanceAfter(Questionnaire q, DialogState state, Step answered, List<Reply> replies)
    {
        if (state.ReturnToStepId is { } back && q.Find(back) is { } target && (target.When?.Holds(state.Answers) ?? true))
        {
            state = state with { CurrentStepId = back, ReturnToStepId = null, Retries = 0, Explained = 0, Mode = DialogMode.Asking };
            replies.Add(_prompts.Prompt(q, state, target));
            return new DialogResult(state, replies);
        }

        return Advance(q, state with { ReturnToStepId = null }, q.IndexOf(answered.Id), replies);
    }

    private DialogResult Complete(Questionnaire q, DialogState state, List<Reply> replies, DialogStatus status, string textKey)
    {
        state = state with { Status = status, CurrentStepId = null, Mode = DialogMode.Asking };
        replies.Add(new Reply(T(textKey, state.Language)));
        var outcome = new DialogOutcome(q.Id, state.Version, status, state.Language, state.StartedBy, state.StartedAt,
            time.GetUtcNow(), status == DialogStatus.Declined ? new Dictionary<string, Answer>() : state.Answers,
            state.InterpreterRequested, state.Subject);
        if (status == DialogStatus.Declined) state = state with { Answers = new Dictionary<string, Answer>(), History = [] };
        return new DialogResult(state, replies, outcome);
    }

    private DialogResult Ask(Questionnaire q, DialogState state, Step step, IEnumerable<Reply> before, string? lead = null)
    {
        var replies = before.ToList();
        replies.Add(_prompts.Prompt(q, state with { Mode = DialogMode.Asking }, step, lead));
        return new DialogResult(state with { Mode = DialogMode.Asking }, replies);
    }

    /// <summary>
    /// A questionnaire file changed while this conversation was in it: go on by step id, and where the
    /// current step is gone, at the first open step of the new version. Answers are never dropped.
    /// </summary>
    private DialogState Migrate(Questionnaire q, DialogState state, List<Reply> replies)
    {
        if (state.Version == q.Version) return state;
        state = state with { Version = q.Version };
        if (state.CurrentStepId is null || q.Find(state.CurrentStepId) is not null) return state;
        replies.Add(new Reply(T("version_moved", state.Language)));
        var next = q.Questions.FirstOrDefault(s => !state.Answers.ContainsKey(s.Id) && (s.When?.Holds(state.Answers) ?? true));
        return state with { CurrentStepId = next?.Id, Mode = DialogMode.Asking, Retries = 0 };
    }

    private DialogResult OfferResume(Questionnaire q, DialogState state, Step step)
    {
        var language = state.Language;
        var text = T("idle_offer", language, ("title", q.Title.Get(language) ?? q.Id), ("progress", _prompts.Progress(q, step, language)));
        return new DialogResult(state with { Mode = DialogMode.OfferingResume },
            [new Reply(text, [new("verder", T("choice_continue", language)), new("opnieuw", T("choice_restart", language))], state.Token)]);
    }

    private DialogResult OnResumeOffer(Questionnaire q, DialogState state, Step step, string text, DialogCommand command, string userId)
    {
        var normalized = DialogCommands.Normalize(text);
        if (command == DialogCommand.Resume || normalized is "1" or "verder gaan" or "ja")
            return Ask(q, state, step, []);
        if (normalized is "opnieuw" or "2" or "opnieuw beginnen" or "start again" or "restart")
        {
            // Starting again never throws answers away: they come back as known answers to confirm.
            var known = new Dictionary<string, Answer>(state.Known);
            foreach (var (id, answer) in state.Answers.Where(a => !a.Value.Skipped)) known[id] = answer;
            return Start(q, state.Language, userId, known);
        }

        return OfferResume(q, state, step);
    }
}
