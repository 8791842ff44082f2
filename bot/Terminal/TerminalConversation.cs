using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Terminal;

/// <summary>Builds the activities a terminal user sends, as a channel would.</summary>
internal sealed record TerminalConversation(string Id, string UserId)
{
    private static readonly ChannelAccount BotAccount = new("leerwerk", "Leerwerk", RoleTypes.Bot);

    public Activity Message(string text, TimeProvider time) => Base(ActivityTypes.Message, time, a => a.Text = text);

    public Activity MembersAdded(TimeProvider time) =>
        Base(ActivityTypes.ConversationUpdate, time, a => a.MembersAdded = [a.From, BotAccount]);

    private Activity Base(string type, TimeProvider time, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChatCommand.ChannelId,
            ServiceUrl = "http://localhost/",
            Conversation = new ConversationAccount(id: Id, conversationType: "personal"),
            From = new ChannelAccount(UserId, "Jij", RoleTypes.User),
            Recipient = BotAccount,
            Timestamp = time.GetUtcNow(),
            Locale = "nl-NL",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        fill(activity);
        return activity;
    }
}
