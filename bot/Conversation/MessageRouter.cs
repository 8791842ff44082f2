using System.Globalization;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Hosting;
using Leerwerk.Bot.Knowledge;
using Leerwerk.Bot.Rendering;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Conversation;

/// <summary>Decides what a message means: an answer in a questionnaire, a command, or none of these.</summary>
internal sealed class MessageRouter(
    TextCatalog texts,
    IOptions<BotOptions> options,
    QuestionnaireCatalog questionnaires,
    DialogRunner dialogs,
    KnowledgeReplies knowledge,
    FeedbackStore feedback,
    ReplyRenderer renderer,
    IEnumerable<IChatCommand> commands,
    LanguageSwitch languages,
    Reminders.UserChannels channels,
    Reminders.ReminderSender reminders,
    Translation.MachineBotTexts machineTexts,
    Limits.UserThrottle throttle,
    Access.PrincipalResolver principals,
    Access.AccessGate gate)
{
    public async Task<IReadOnlyList<IActivity>> HandleMessageAsync(ITurnContext<IMessageActivity> turnContext, TurnSession session, CancellationToken cancellationToken)
    {
        session.Conversation.Turns++;
        var activity = turnContext.Activity;
        var input = UserInput.From(activity);
        var turn = new TurnInfo(activity.ChannelId, activity.Conversation.Id, activity.From?.Id ?? "onbekend", activity.From?.Name, session.User.Language)
        {
            Shared = activity.Conversation.ConversationType is "channel" or "groupChat",
            Access = await principals.ResolveAsync(turnContext, cancellationToken),
        };
        await channels.RememberAsync(activity, cancellationToken);
        // After a restart a machine-translated language is back from the cache before anything is said.
        await machineTexts.EnsureAsync(session.User.Language, cancellationToken);
        var waiting = (await reminders.TakeWaitingAsync(turn.UserId, cancellationToken)).Select(r => new Reply(r));
        var replies = waiting.Concat(await RouteAsync(input, session, turn, cancellationToken)).ToList();
        // Written by LeerwerkBot once the state is saved: a turn run again after an ETag conflict logs once.
        turnContext.TurnState.Set(turn);
        return replies.Select(r => renderer.Render(r, activity.ChannelId, session.User.Language)).ToList();
    }

    public IReadOnlyList<IActivity> Welcome(TurnSession session) => [MessageFactory.Text(Say("welcome", session))];

    private async Task<IReadOnlyList<Reply>> RouteAsync(UserInput input, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var text = input.Text.Trim();
        if (!throttle.Allow(turn.UserId)) return [new(Say("slow_down", session))];
        if (text.Length == 0) return [new(Say("empty_message", session))];
        if (text.Length > options.Value.MaxMessageLength)
            return [new(Say("too_long", session, ("max", options.Value.MaxMessageLength.ToString(CultureInfo.InvariantCulture))))];
        if (LanguageSwitch.Requested(text) is { } requested)
        {
            var switched = (await languages.SwitchAsync(requested, session, cancellationToken)).ToList();
            if (dialogs.HasActive(session)) switched.AddRange(await dialogs.RepeatAsync(session, turn, cancellationToken));
            return switched;
        }

        if (dialogs.HasActive(session))
        {
            // A role taken away mid-questionnaire stops the next answer; the answers so far stay saved. In a
            // group chat the regisseur started the checklist for everyone there: the parties answer too.
            if (!turn.Shared && questionnaires.Find(session.Conversation.Dialog!.QuestionnaireId) is { } active
                && await gate.CheckAsync(Access.AccessPolicy.ForQuestionnaire(active), turn, cancellationToken, opensAudit: false) is { } revoked) return [revoked];
            return await dialogs.ContinueAsync(session, new DialogInput(text, turn.UserId, input.Token), turn, cancellationToken);
        }

        var normalized = DialogCommands.Normalize(text);
        if (turn.Shared && PrivacyGuard.NeedsPersonalChat(normalized, questionnaires.Started(normalized)))
            return [new(Say("personal_only", session))];
        if (session.Conversation.LastAnswer is { } last && FeedbackWords.Rating(normalized) is { } helpful)
        {
            await feedback.SaveAsync(last, helpful, turn.ChannelId, null, cancellationToken);
            session.Conversation.LastAnswer = null;
            return [new(Say("feedback_thanks", session))];
        }

        if (DialogCommands.Parse(text) == DialogCommand.Resume)
            return dialogs.CanResume(session) ? await dialogs.ResumeAsync(session, turn, cancellationToken) : [new(Say("nothing_to_resume", session))];
        var started = questionnaires.Started(normalized);
        if (await gate.CheckAsync(Access.AccessPolicy.Required(normalized, started), turn, cancellationToken) is { } refused) return [refused];
        if (started is not null) return await dialogs.StartAsync(started, session, turn, cancellationToken);
        foreach (var command in commands)
        {
            if (await command.TryHandleAsync(text, session, turn, cancellationToken) is { } handled) return handled;
        }

        if (Commands.IsHelp(text)) return [new(Say("help", session)), new(HelpQuestionnaires(session)), .. HelpAccess(turn, session)];
        if (Commands.IsGreeting(text)) return [new(Say("welcome", session))];
        if (QuestionDetector.Question(text) is { } question) return [await AskAsync(question, session, cancellationToken)];
        if (input.Token is not null) return [new(Say("stale_card", session))];
        return [new(Say("unknown", session))];
    }

    private async Task<Reply> AskAsync(string question, TurnSession session, CancellationToken cancellationToken)
    {
        var (reply, answer) = await knowledge.AnswerAsync(question, cancellationToken);
        session.Conversation.LastAnswer = answer.Found ? new LastAnswer(question, answer.Hits.Select(h => h.Id).ToList()) : null;
        return reply;
    }

    private string HelpQuestionnaires(TurnSession session)
    {
        // Only what a user can start by a word: the quick check-in starts from a one-line log instead.
        var list = questionnaires.All.Where(q => q.StartWords.Count > 0)
            .Select(q => $"**{q.StartWords[0]}** ({q.Title.Get(session.User.Language)})");
        return Say("help_questionnaires", session, ("list", string.Join(", ", list)));
    }

    /// <summary>With roles switched on, help says which role the person has, or whom to ask for one.</summary>
    private IEnumerable<Reply> HelpAccess(TurnInfo turn, TurnSession session)
    {
        if (turn.Access.Open || turn.Access.Has(Access.Roles.Statushouder)) yield break;
        if (turn.Access.Roles.Count > 0) yield return new(Say("help_roles", session, ("roles", turn.Access.RolesForPeople)));
        else if (!turn.Access.IsKnown) yield return new(gate.NoAccess(turn, session.User.Language));
    }

    private string Say(string key, TurnSession session, params (string, string)[] values) => texts.Get(key, session.User.Language, values);
}
