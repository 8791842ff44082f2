using Leerwerk.Bot.Adapter;
using Leerwerk.Bot.Knowledge;
using Leerwerk.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Conversation;

/// <summary>
/// The bot on every channel. It loads state, lets <see cref="MessageRouter"/> decide the replies,
/// saves state, and only then sends the replies (see <see cref="Outbox"/>).
/// </summary>
internal sealed class LeerwerkBot(
    ConversationState conversationState,
    UserState userState,
    MessageRouter router,
    FeedbackStore feedback,
    Invitations.InvitationCommands invitations,
    Rendering.ReplyRenderer renderer,
    Access.AuditLog audit,
    ILogger<LeerwerkBot> logger) : TeamsActivityHandler
{
    private const int MaxAttempts = 5;

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outbox = new Outbox();
            turnContext.TurnState.Set(outbox);
            turnContext.TurnState.Remove(typeof(Dialogs.TurnInfo).FullName!);
            await base.OnTurnAsync(turnContext, cancellationToken);
            try
            {
                // The user state first: when the conversation state (which remembers this activity's id, and
                // the questionnaire's position) is then refused, the turn runs again from a conversation
                // state without it. The other way round, a saved conversation state made the retry take its
                // own message for a duplicate and answer nothing.
                await userState.SaveChangesAsync(turnContext, false, cancellationToken);
                await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                logger.LogInformation("State of conversation {ConversationId} changed meanwhile; turn {Attempt} runs again",
                    turnContext.Activity.Conversation?.Id, attempt + 1);
                await conversationState.LoadAsync(turnContext, true, cancellationToken);
                await userState.LoadAsync(turnContext, true, cancellationToken);
                // A little jitter, so racing turns do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(5, 40) * attempt, cancellationToken);
                continue;
            }

            if (turnContext.TurnState.Get<Dialogs.TurnInfo>() is { } turn) await audit.WriteAsync(turn, turn.Audit, cancellationToken);
            if (outbox.Activities.Count > 0)
                await turnContext.SendActivitiesAsync([.. outbox.Activities], cancellationToken);
            return;
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var session = await TurnSession.LoadAsync(turnContext, conversationState, userState, cancellationToken);
        if (turnContext.Activity.Id is { } id)
        {
            if (session.Conversation.RecentActivityIds.Contains(id)) return;
            session.Conversation.RecentActivityIds.Add(id);
            if (session.Conversation.RecentActivityIds.Count > 20) session.Conversation.RecentActivityIds.RemoveAt(0);
        }

        // In channels and group chats the text starts with "<at>Leerwerk</at>"; the command is what follows.
        turnContext.Activity.RemoveRecipientMention();
        turnContext.TurnState[TurnLanguage.Key] = session.User.Language;
        var replies = await router.HandleMessageAsync(turnContext, session, cancellationToken);
        turnContext.TurnState.Get<Outbox>().AddRange(replies);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // The bot itself is one of the members added when a chat starts; greet the people, once.
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        var session = await TurnSession.LoadAsync(turnContext, conversationState, userState, cancellationToken);
        if (session.Conversation.Welcomed) return;
        session.Conversation.Welcomed = true;
        turnContext.TurnState.Get<Outbox>().AddRange(router.Welcome(session));
    }

    /// <summary>The Web Chat page sends the code of the link it was opened with as an `invitation` event.</summary>
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != "invitation") return;
        var code = (turnContext.Activity.Value as Newtonsoft.Json.Linq.JObject)?.Value<string>("code") ?? string.Empty;
        var session = await TurnSession.LoadAsync(turnContext, conversationState, userState, cancellationToken);
        var activity = turnContext.Activity;
        var turn = new Dialogs.TurnInfo(activity.ChannelId, activity.Conversation.Id, activity.From?.Id ?? "onbekend", activity.From?.Name, session.User.Language);
        var replies = await invitations.RedeemAsync(code, session, turn, cancellationToken);
        turnContext.TurnState.Set(turn);
        turnContext.TurnState.Get<Outbox>().AddRange(replies.Select(r => renderer.Render(r, activity.ChannelId, session.User.Language)));
    }

    /// <summary>Teams' thumbs up/down on an answer (feedback loop) arrives as a `message/submitAction` invoke.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != "message/submitAction") return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        var session = await TurnSession.LoadAsync(turnContext, conversationState, userState, cancellationToken);
        var action = (turnContext.Activity.Value as Newtonsoft.Json.Linq.JObject)?["actionValue"] as Newtonsoft.Json.Linq.JObject;
        var reaction = action?["reaction"]?.ToString();
        if (session.Conversation.LastAnswer is { } last && reaction is "like" or "dislike")
        {
            var comment = TeamsFeedback.Comment(action?["feedback"]?.ToString());
            await feedback.SaveAsync(last, reaction == "like", turnContext.Activity.ChannelId, comment, cancellationToken);
        }

        return new InvokeResponse { Status = 200 };
    }
}
