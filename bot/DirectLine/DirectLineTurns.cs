using Leerwerk.Bot.Adapter;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// Runs what Web Chat sends through the same adapter and bot as every channel, in-process with
/// deliveryMode expectReplies, and puts the user's activity and the bot's replies in the log.
/// </summary>
internal sealed class DirectLineTurns(LeerwerkAdapter adapter, IBot bot, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<DirectLineTurns> logger)
{
    /// <summary>The Web Chat channel id: the renderer shows choices as cards with buttons there.</summary>
    public const string ChannelId = "webchat";

    /// <summary>The conversationUpdate that Direct Line sends when a conversation starts, so the bot greets.</summary>
    public async Task StartAsync(DirectLineConversation conversation, Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (!conversation.TryStart()) return;
        var update = NewActivity(conversation, ActivityTypes.ConversationUpdate, serviceUrl, userName: null);
        update.MembersAdded = [update.From];
        await RunAsync(conversation, update, echo: false, cancellationToken);
    }

    /// <summary>An activity from Web Chat; returns the id it got in the log.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity sent, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var activity = NewActivity(conversation, sent.Type, serviceUrl, sent.From?.Name);
        activity.Text = sent.Text;
        activity.TextFormat = sent.TextFormat;
        activity.Value = sent.Value;
        activity.Name = sent.Name;
        activity.Attachments = sent.Attachments;
        activity.Entities = sent.Entities;
        // Web Chat's clientActivityID is in here: the echo must carry it back to mark the message sent.
        activity.ChannelData = sent.ChannelData;
        activity.Locale = sent.Locale ?? activity.Locale;
        return await RunAsync(conversation, activity, echo: true, cancellationToken);
    }

    private async Task<string> RunAsync(DirectLineConversation conversation, Activity activity, bool echo, CancellationToken cancellationToken)
    {
        await conversation.Turns.WaitAsync(cancellationToken);
        try
        {
            if (echo)
            {
                var copy = Clone(activity);
                copy.DeliveryMode = null;
                conversation.Append([copy]);
                activity.Id = copy.Id;
            }

            // Type and event name only: what the user typed stays out of the log.
            logger.LogInformation("Direct Line {Type} {Name} in conversation {ConversationId}", activity.Type, activity.Name, conversation.Id);
            // Once sent, a message is handled even if the page goes away meanwhile; only a stopping host ends it.
            var response = await adapter.ProcessLocalAsync(activity, bot.OnTurnAsync, lifetime.ApplicationStopping);
            var replies = response?.Body is ExpectedReplies expected ? expected.Activities ?? [] : [];
            foreach (var reply in replies) Complete(reply, activity);
            conversation.Append(replies);
            return activity.Id ?? string.Empty;
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private void Complete(Activity reply, Activity request)
    {
        reply.ChannelId = ChannelId;
        reply.Conversation ??= request.Conversation;
        reply.From ??= BotAccount();
        reply.From.Role ??= RoleTypes.Bot;
        reply.Recipient ??= request.From;
        reply.ReplyToId ??= request.Id;
        reply.Timestamp ??= time.GetUtcNow();
    }

    private Activity NewActivity(DirectLineConversation conversation, string? type, Uri serviceUrl, string? userName) => new()
    {
        Type = string.IsNullOrEmpty(type) ? ActivityTypes.Message : type,
        Id = RandomIds.New(12),
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount(id: conversation.Id, conversationType: "personal"),
        // The user is who the token says, whatever the page put in `from`.
        From = new ChannelAccount(conversation.UserId, userName, RoleTypes.User),
        Recipient = BotAccount(),
        Timestamp = time.GetUtcNow(),
        Locale = "nl-NL",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    /// <summary>A new one each time: the adapter puts it in the replies, which must not share it.</summary>
    private static ChannelAccount BotAccount() => new("leerwerk", "Leerwerk", RoleTypes.Bot);

    private static Activity Clone(Activity activity) =>
        DirectLineJson.Deserialize<Activity>(DirectLineJson.Serialize(activity))!;
}
