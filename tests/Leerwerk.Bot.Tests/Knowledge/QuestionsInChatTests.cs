using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Knowledge;

public sealed class QuestionsInChatTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Question_OverHttp_AnsweredWithSourceAndFeedbackOffer()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message("hoe houden we werkgevers betrokken?"));

        var text = Assert.Single(replies).Text;
        Assert.Contains("(Bron:", text, StringComparison.Ordinal);
        Assert.Contains("nuttig", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vraag_Prefix_AnsweredEvenWithoutQuestionMark()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message("vraag kinderopvang regelen voor een deelnemer"));

        Assert.Contains("Bron:", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InTeams_CitationsAsEntitiesAndFeedbackLoop()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message("hoe houden we werkgevers betrokken?", channelId: "msteams"));

        var reply = Assert.Single(replies);
        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Bron:", reply.Text, StringComparison.Ordinal);
        var message = reply.Entities.Single(e => e.Type == "https://schema.org/Message");
        var citation = (JArray)message.Properties["citation"]!;
        Assert.Equal(1, citation[0]!.Value<int>("position"));
        Assert.Contains("Bron:", citation[0]!["appearance"]!.Value<string>("abstract"), StringComparison.Ordinal);
        Assert.True(((JObject)reply.ChannelData).Value<bool>("feedbackLoopEnabled"));
    }

    [Fact]
    public async Task Nuttig_AfterAnswer_StoredAndListed()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("hoe houden we werkgevers betrokken?", "fb"));

        var thanks = await host.PostAsync(Activities.Message("niet nuttig", "fb"));

        Assert.Contains("Dank je", thanks.Texts(), StringComparison.Ordinal);
        var (_, listed) = await Cli.RunAsync(host, string.Empty, "kennis", "feedback");
        Assert.Contains("1 beoordelingen: 0 nuttig, 1 niet nuttig", listed, StringComparison.Ordinal);
        Assert.Contains("werkgevers betrokken", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsFeedbackLoop_Dislike_StoredWithComment()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("hoe houden we werkgevers betrokken?", "teams-fb", channelId: "msteams"));
        var invoke = Activities.Message(string.Empty, "teams-fb", channelId: "msteams");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.Text = null;
        invoke.Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"te algemeen\"}"}}""");

        await host.PostAsync(invoke);

        var (_, listed) = await Cli.RunAsync(host, string.Empty, "kennis", "feedback");
        Assert.Contains("te algemeen", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InsideQuestionnaire_AnsweredThenSameStepAgain()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "int"));
        await host.PostAsync(Activities.Message("Amir", "int"));

        var replies = await host.PostAsync(Activities.Message("wat kan een jobcoach doen voor de werkgever?", "int"));

        Assert.Contains("Bron:", replies.Texts(), StringComparison.Ordinal);
        Assert.Contains("Wat is je rol?", replies.Texts(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
