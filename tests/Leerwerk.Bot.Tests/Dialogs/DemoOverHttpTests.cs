using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Dialogs;

public sealed class DemoOverHttpTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Demo_CompletedOverApiMessages_EveryStepAnswered()
    {
        using var host = new BotHost(_database);
        var said = new[] { "demo", "Amir", "2", "1, 2", "ja", "32", "€ 2.500", "3 maanden", "15-1" };
        var last = Array.Empty<Activity>() as IReadOnlyList<Activity>;

        foreach (var text in said) last = await host.PostAsync(Activities.Message(text, "demo-http"));

        Assert.Contains("Klaar", last.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ChoiceStepOnPlainChannel_NumberedListAndSuggestedActions()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "demo-list"));

        var replies = await host.PostAsync(Activities.Message("Amir", "demo-list"));

        var prompt = replies[^1];
        Assert.Contains("1. Klantmanager", prompt.Text, StringComparison.Ordinal);
        Assert.Equal(3, prompt.SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task Demo_ChoiceStepInTeams_AdaptiveCardWithTokenAndSubmitIsAnAnswer()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "demo-teams", channelId: "msteams"));
        var replies = await host.PostAsync(Activities.Message("Amir", "demo-teams", channelId: "msteams"));
        var card = (JObject)replies[^1].Attachments.Single().Content;
        Assert.Equal("1.5", card.Value<string>("version"));
        var token = card["actions"]![0]!["data"]!.Value<string>("leerwerkToken");

        var submit = Activities.Message(string.Empty, "demo-teams", channelId: "msteams");
        submit.Text = null;
        submit.Value = new JObject { ["leerwerkToken"] = token, ["answer"] = "regisseur" };
        var next = await host.PostAsync(submit);

        Assert.Contains("Hoe kom je naar je werk?", next.Texts() + string.Join(' ', next.SelectMany(a => a.Attachments ?? []).Select(a => a.Content.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_OldCardClicked_PolitelyIgnored()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "demo-old", channelId: "msteams"));
        await host.PostAsync(Activities.Message("Amir", "demo-old", channelId: "msteams"));
        await host.PostAsync(Activities.Message("terug", "demo-old", channelId: "msteams"));

        var old = Activities.Message(string.Empty, "demo-old", channelId: "msteams");
        old.Text = null;
        old.Value = new JObject { ["leerwerkToken"] = "rol@1", ["answer"] = "regisseur" };
        var replies = await host.PostAsync(old);

        Assert.Contains("al voorbij", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_PausedInOneHost_ResumedInAnotherConversationAfterRestart()
    {
        using (var first = new BotHost(_database))
        {
            await first.PostAsync(Activities.Message("demo", "pause-a", "user-p"));
            await first.PostAsync(Activities.Message("Amir", "pause-a", "user-p"));
            var paused = await first.PostAsync(Activities.Message("pauze", "pause-a", "user-p"));
            Assert.Contains("hervat", paused.Texts(), StringComparison.Ordinal);
        }

        using var second = new BotHost(_database);
        var resumed = await second.PostAsync(Activities.Message("hervat", "pause-b", "user-p"));

        Assert.Contains("Wat is je rol?", resumed.Texts(), StringComparison.Ordinal);
        var summary = await second.PostAsync(Activities.Message("samenvatting", "pause-b", "user-p"));
        Assert.Contains("Amir", summary.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheQuestionnaires()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message("help"));

        Assert.Contains("demo", replies.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("checkin-kort", replies.Texts(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
