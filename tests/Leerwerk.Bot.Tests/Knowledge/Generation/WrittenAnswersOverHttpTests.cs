using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

/// <summary>The bot over /api/messages with Azure OpenAI configured to point at a fake server.</summary>
public sealed class WrittenAnswersOverHttpTests : IDisposable
{
    private const string Question = "hoe houden we werkgevers betrokken?";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Question_ModelAnswers_WrittenAnswerWithSourceAndAiLabel()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        using var host = new BotHost(_database, settings: fake.Settings());

        var replies = await host.PostAsync(Activities.Message(Question));

        var text = Assert.Single(replies).Text;
        Assert.StartsWith("Bel de werkgever elke twee weken (Bron:", text, StringComparison.Ordinal);
        Assert.Contains("taalmodel", text, StringComparison.Ordinal);
        Assert.Contains(Question, Assert.Single(fake.Requests).User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InTeamsModelAnswers_CitationAndAiGeneratedEntity()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        using var host = new BotHost(_database, settings: fake.Settings());

        var replies = await host.PostAsync(Activities.Message(Question, channelId: "msteams"));

        var reply = Assert.Single(replies);
        Assert.Equal("Bel de werkgever elke twee weken [1].", reply.Text);
        var message = reply.Entities.Single(e => e.Type == "https://schema.org/Message");
        Assert.Equal(["AIGeneratedContent"], message.Properties["additionalType"]!.ToObject<string[]>()!);
        Assert.Single((JArray)message.Properties["citation"]!);
    }

    [Fact]
    public async Task Question_ModelTooSlow_ExtractiveAnswerWithoutAiLabel()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = r => FakeChatResponse.Slow(TimeSpan.FromSeconds(30), $"te laat [{r.LessonIds[0]}]");
        using var host = new BotHost(_database, settings: fake.Settings(timeoutSeconds: 1, maxRetries: 0));

        var replies = await host.PostAsync(Activities.Message(Question));

        var text = Assert.Single(replies).Text;
        Assert.Contains("(Bron:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("te laat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("taalmodel", text, StringComparison.Ordinal);
        Assert.Single(fake.Requests);
        Assert.Contains("Azure OpenAI gave no answer (timeout)", host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("werkgevers betrokken", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_ModelCitesNoGivenLesson_ExtractiveAnswer()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = _ => FakeChatResponse.Text("Geef de werkgever een bonus [999-999].");
        using var host = new BotHost(_database, settings: fake.Settings());

        var replies = await host.PostAsync(Activities.Message(Question));

        var text = Assert.Single(replies).Text;
        Assert.DoesNotContain("bonus", text, StringComparison.Ordinal);
        Assert.Contains("(Bron:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("taalmodel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_EndpointWithoutDeployment_FailsWithTheKeysNamed()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Server);

        Assert.Contains("AzureOpenAI:Deployment", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
