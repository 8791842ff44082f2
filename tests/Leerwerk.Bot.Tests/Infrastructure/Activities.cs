using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>Activities as a channel sends them.</summary>
public static class Activities
{
    public static Activity Message(string text, string conversationId = "conv-1", string userId = "user-1", string channelId = "test") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = "http://localhost/",
        Conversation = new ConversationAccount(id: conversationId, conversationType: "personal"),
        From = new ChannelAccount(userId, "Test Gebruiker"),
        Recipient = new ChannelAccount("bot", "Leerwerk"),
        Text = text,
        Locale = "nl-NL",
    };

    public static Activity MembersAdded(string conversationId = "conv-1", string userId = "user-1")
    {
        var activity = Message(string.Empty, conversationId, userId);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount(userId, "Test Gebruiker"), new ChannelAccount("bot", "Leerwerk")];
        return activity;
    }

    public static string Texts(this IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));
}
