using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Tests.Conversation;

public sealed class TeamsBehaviourTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Mention_InChannel_StrippedBeforeTheCommand()
    {
        using var host = new BotHost(_database);
        var message = Teams("<at>Leerwerk</at> help", "channel");

        var replies = await host.PostAsync(message);

        Assert.Contains("checklist", replies.Texts(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel", "intake")]
    [InlineData("groupChat", "intake")]
    [InlineData("channel", "intakes")]
    [InlineData("groupChat", "intake Amir export")]
    public async Task PersonalThings_InSharedChat_OfferedPrivatelyNothingStarted(string conversationType, string text)
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Teams($"<at>Leerwerk</at> {text}", conversationType));

        Assert.Contains("persoonlijke chat", replies.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("vraag 1 van", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_InGroupChat_Allowed()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Teams("<at>Leerwerk</at> checklist", "groupChat"));

        Assert.Contains("vraag 1 van", replies.Texts() + string.Join(' ', replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content?.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivity_DeliveredTwice_ProcessedOnce()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "dup"));
        var answer = Activities.Message("Amir", "dup");

        var first = await host.PostAsync(answer);
        var again = await host.PostAsync(answer);

        Assert.Contains("Wat is je rol?", first.Texts(), StringComparison.Ordinal);
        Assert.Empty(again);
    }

    private static Activity Teams(string text, string conversationType)
    {
        var activity = Activities.Message(text, "teams-" + conversationType, channelId: "msteams");
        activity.Conversation.ConversationType = conversationType;
        activity.Recipient = new ChannelAccount("bot", "Leerwerk");
        activity.Entities = [new Mention { Mentioned = activity.Recipient, Text = "<at>Leerwerk</at>", Type = "mention" }];
        return activity;
    }

    public void Dispose() => _database.Dispose();
}
