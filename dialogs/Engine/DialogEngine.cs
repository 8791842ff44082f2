using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Engine;

/// <summary>
/// The pure core of every guided dialog: (questionnaire, state, input) → (new state, replies, outcome).
/// It knows no channel and stores nothing; the bot keeps the state and renders the replies.
/// </summary>
public sealed partial class DialogEngine(
    TextCatalog texts,
    AnswerRecognizer recognizer,
    TimeProvider time,
    DialogEngineOptions options,
    IInterruptionHandler? interruptions = null)
{
    private readonly PromptBuilder _prompts = new(texts);
    private readonly AnswerParser _parser = new(recognizer);

    /// <summary>
    /// Starts <paramref name="q"/>. <paramref name="known"/> answers are confirmed when their step comes;
    /// <paramref name="given"/> answers (read from a one-line quick log) count as answered and are not asked.
    /// </summary>
    public DialogResult Start(Questionnaire q, string language, string userId, IReadOnlyDictionary<string, Answer>? known = null, IReadOnlyDictionary<string, Answer>? given = null)
    {
        var now = time.GetUtcNow();
        var state = new DialogState
        {
            QuestionnaireId = q.Id, Version = q.Version, Language = language, Audience = q.Audience,
            StartedBy = userId, StartedAt = now, LastActivityAt = now,
            Known = known ?? new Dictionary<string, Answer>(),
            Answers = given ?? new Dictionary<string, Answer>(),
            History = given?.Keys.ToList() ?? [],
            Given = given?.Keys.ToList() ?? [],
        };
        var replies = new List<Reply> { new(T("started", language, ("title", q.Title.Get(language) ?? q.Id))) };
        if (q.Intro.Get(language) is { } intro) replies.Add(new Reply(intro));
        return Advance(q, state, -1, replies);
    }

    /// <summary>Back to an active state after `pauze` (or a restart), asking the current step again.</summary>
    public DialogResult Resume(Questionnaire q, DialogState state)
    {
        var replies = new List<Reply>();
        state = Migrate(q, state with { Status = DialogStatus.Active, Mode = DialogMode.Asking, LastActivityAt = time.GetUtcNow() }, replies);
        if (q.Find(state.CurrentStepId) is not { } step) return Advance(q, state, -1, replies);
        replies.Add(_prompts.Prompt(q, state, step, T("resumed", state.Language, ("title", q.Title.Get(state.Language) ?? q.Id))));
        return new DialogResult(state, replies);
    }

    /// <summary>
    /// Opens a finished questionnaire again at "which answer do you want to change?", every answer kept;
    /// once changed, the last question comes back so it can end again.
    /// </summary>
    public DialogResult Reopen(Questionnaire q, DialogOutcome outcome)
    {
        var answered = q.Questions.Where(s => outcome.Answers.ContainsKey(s.Id)).Select(s => s.Id).ToList();
        var state = new DialogState
        {
            QuestionnaireId = q.Id, Version = q.Version, Language = outcome.Language, Audience = q.Audience,
            StartedBy = outcome.StartedBy, StartedAt = outcome.StartedAt, LastActivityAt = time.GetUtcNow(),
            Answers = outcome.Answers, History = answered, Subject = outcome.Subject, CurrentStepId = answered.LastOrDefault(),
            InterpreterRequested = outcome.InterpreterRequested,
        };
        return q.Find(state.CurrentStepId) is { } last ? StartChange(q, state, last) : Start(q, outcome.Language, outcome.StartedBy);
    }

    public DialogResult Continue(Questionnaire q, DialogState state, DialogInput input)
    {
        var now = time.GetUtcNow();
        var replies = new List<Reply>();
        state = Migrate(q, state, replies);
        if (q.Find(state.CurrentStepId) is not { } step) return Advance(q, state, -1, replies);
        // The step this message answered is gone: say so and ask the new one, without using the message.
        if (replies.Count > 0) return Ask(q, state with { LastActivityAt = now }, step, replies);
        var idle = now - state.LastActivityAt > options.IdleAfter;
        state = state with { LastActivityAt = now };
        if (idle && state.Mode != DialogMode.OfferingResume) return OfferResume(q, state, step);
        if (input.Token is not null && input.Token != state.Token)
            return Ask(q, state, step, replies, T("stale_card", state.Language));

        var text = input.Text ?? string.Empty;
        var command = DialogCommands.Parse(text);
        return state.Mode switch
        {
            DialogMode.OfferingResume => OnResumeOffer(q, state, step, text, command, input.UserId),
            DialogMode.ConfirmingStop => OnStopConfirmation(q, state, step, text),
            DialogMode.PickingChange => OnChangePick(q, state, step, text, command),
            DialogMode.ConfirmingKnown => OnKnownConfirmation(q, state, step, text, command, input.UserId),
            _ => OnAsking(q, state, step, text, command, input.UserId),
        };
    }

    public Reply Summary(Questionnaire q, DialogState state) => _prompts.Summary(q, state);

    /// <summary>An answer as the user would read it: choice texts, Ja/Nee, € 1.500, 3 maanden.</summary>
    public string Display(Questionnaire q, Answer answer, string language) => _prompts.Display(q, answer, language);

    private DialogResult OnAsking(Questionnaire q, DialogState state, Step step, string text, DialogCommand command, string userId) => command switch
    {
        DialogCommand.Back => Back(q, state, step),
        DialogCommand.Skip => Skip(q, state, step, userId),
        DialogCommand.Help => Ask(q, state, step, [HelpReply(step, state.Language)]),
        DialogCommand.Summary => Ask(q, state, step, [_prompts.Summary(q, state)]),
        DialogCommand.Change => StartChange(q, state, step),
        DialogCommand.Pause => new DialogResult(state with { Status = DialogStatus.Paused }, [new Reply(T("paused", state.Language))]),
        DialogCommand.Resume => Ask(q, state, step, []),
        DialogCommand.Stop => new DialogResult(state with { Mode = DialogMode.ConfirmingStop },
            [new Reply(T("stop_confirm", state.Language), YesNoChoices(state.Language), state.Token)]),
        DialogCommand.NotUnderstood => Explain(q, state, step),
        DialogCommand.Interpreter => Ask(q, state with { InterpreterRequested = true }, step, [new Reply(T("interpreter_noted", state.Language))]),
        DialogCommand.Keep when state.Answers.ContainsKey(step.Id) => AcceptExisting(q, state, step),
        DialogCommand.Keep when step.Default is { } preset =>
            AdvanceAfter(q, state.WithAnswer(PromptBuilder.DefaultAnswer(step, preset, DateOnly.FromDateTime(time.GetLocalNow().DateTime)) with { Language = state.Language, By = userId, At = time.GetUtcNow() }), step, []),
        _ => Answer(q, state, step, text, userId),
    };

    private string T(string key, string language, params (string, string)[] values) => texts.Get(key, language, values);

    private IReadOnlyList<ReplyChoice> YesNoChoices(string language) => [new("ja", T("yes", language)), new("nee", T("no", language))];
}
