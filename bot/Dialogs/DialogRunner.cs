using Leerwerk.Bot.Conversation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Dialogs;

/// <summary>Runs the engine for a conversation: keeps its state in bot state and hands outcomes to their handlers.</summary>
internal sealed class DialogRunner(
    DialogEngine engine,
    QuestionnaireCatalog catalog,
    IEnumerable<IQuestionnaireCompletion> completions,
    IEnumerable<IAnswerSink> sinks,
    IEnumerable<IQuestionnaireTailor> tailors,
    Leerwerk.Dialogs.Texts.TextCatalog texts)
{
    public bool HasActive(TurnSession session) => session.Conversation.Dialog is { Status: DialogStatus.Active };

    public bool CanResume(TurnSession session) => session.Conversation.Dialog is not null || session.User.Paused.Count > 0;

    /// <summary>Starts a questionnaire about <paramref name="subject"/> (a new one when null), with answers known before.</summary>
    public async Task<IReadOnlyList<Reply>> StartAsync(
        Questionnaire questionnaire, TurnSession session, TurnInfo turn, CancellationToken cancellationToken,
        string? subject = null, IReadOnlyDictionary<string, Answer>? known = null, IReadOnlyDictionary<string, Answer>? given = null)
    {
        var before = new DialogState
        {
            QuestionnaireId = questionnaire.Id, Version = questionnaire.Version, Language = session.User.Language, Audience = questionnaire.Audience,
            StartedBy = turn.UserId, StartedAt = DateTimeOffset.MinValue, Answers = given ?? new Dictionary<string, Answer>(),
        };
        questionnaire = await TailorAsync(questionnaire, before, turn, cancellationToken);
        // A required choice filled from the store with nothing in it (no caseload yet): say what to do first.
        if (questionnaire.Steps.FirstOrDefault(s => s is { ChoicesFrom: not null, Required: true, Choices.Count: 0 } && !(given?.ContainsKey(s.Id) ?? false)) is { } empty)
            return [new Reply(texts.Get("choices_empty_" + empty.ChoicesFrom, session.User.Language))];
        // A statushouder's questionnaire speaks simple Dutch to whoever has not chosen another language.
        var language = questionnaire.Audience == "statushouder" && session.User.Language == Leerwerk.Dialogs.Texts.Language.Dutch
            ? Leerwerk.Dialogs.Texts.Language.SimpleDutch : session.User.Language;
        var result = engine.Start(questionnaire, language, turn.UserId, known, given);
        result = result with { State = result.State with { Subject = subject ?? Guid.NewGuid().ToString("N") } };
        return await ApplyAsync(result, session, turn, cancellationToken);
    }

    public async Task<IReadOnlyList<Reply>> ContinueAsync(TurnSession session, DialogInput input, TurnInfo turn, CancellationToken cancellationToken)
    {
        var state = session.Conversation.Dialog!;
        if (catalog.Find(state.QuestionnaireId) is not { } questionnaire)
        {
            session.Conversation.Dialog = null;
            return [];
        }

        questionnaire = await TailorAsync(questionnaire, state, turn, cancellationToken);
        // Tailored with the answers so far: a text that depends on an answer comes at least one step after it.
        return await ApplyAsync(engine.Continue(questionnaire, state, input), session, turn, cancellationToken);
    }

    /// <summary>The current question again (after a language switch), nothing else changed.</summary>
    public async Task<IReadOnlyList<Reply>> RepeatAsync(TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var state = session.Conversation.Dialog!;
        if (catalog.Find(state.QuestionnaireId) is not { } questionnaire) return [];
        return await ApplyAsync(engine.Resume(await TailorAsync(questionnaire, state, turn, cancellationToken), state), session, turn, cancellationToken);
    }

    public Task<IReadOnlyList<Reply>> ReopenAsync(Questionnaire questionnaire, DialogOutcome outcome, TurnSession session, TurnInfo turn, CancellationToken cancellationToken) =>
        ApplyAsync(engine.Reopen(questionnaire, outcome), session, turn, cancellationToken);

    /// <summary>`hervat`: this conversation's paused dialog first, else the user's most recent paused one.</summary>
    public async Task<IReadOnlyList<Reply>> ResumeAsync(TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var state = session.Conversation.Dialog ?? session.User.Paused.Values.MaxBy(s => s.LastActivityAt);
        if (state is null || catalog.Find(state.QuestionnaireId) is not { } questionnaire) return [];
        session.User.Paused.Remove(state.QuestionnaireId);
        return await ApplyAsync(engine.Resume(await TailorAsync(questionnaire, state, turn, cancellationToken), state), session, turn, cancellationToken);
    }

    private async Task<Questionnaire> TailorAsync(Questionnaire questionnaire, DialogState? state, TurnInfo turn, CancellationToken cancellationToken)
    {
        foreach (var tailor in tailors.Where(t => t.Handles(questionnaire.Id)))
            questionnaire = await tailor.TailorAsync(questionnaire, state, turn, cancellationToken);
        return questionnaire;
    }

    private async Task<IReadOnlyList<Reply>> ApplyAsync(DialogResult result, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var replies = result.Replies.ToList();
        switch (result.State.Status)
        {
            case DialogStatus.Paused or DialogStatus.Stopped:
                // A stopped questionnaire is a draft: kept, and `hervat` opens it again.
                session.User.Paused[result.State.QuestionnaireId] = result.State;
                session.Conversation.Dialog = null;
                break;
            case DialogStatus.Active:
                session.Conversation.Dialog = result.State;
                break;
            default:
                session.Conversation.Dialog = null;
                break;
        }

        if (catalog.Find(result.State.QuestionnaireId) is { } questionnaire)
        {
            foreach (var sink in sinks.Where(s => s.Handles(questionnaire.Id)))
            {
                if (result.State.Status == DialogStatus.Declined && result.State.Subject is { } subject)
                    await sink.DiscardAsync(subject, cancellationToken);
                else
                    await sink.SyncAsync(questionnaire, result.State, turn, cancellationToken);
            }
        }

        if (result.Outcome is { } outcome)
        {
            foreach (var completion in completions.Where(c => c.QuestionnaireId == outcome.QuestionnaireId))
                replies.AddRange(await completion.CompleteAsync(outcome, session, turn, cancellationToken));
        }

        return replies;
    }
}
