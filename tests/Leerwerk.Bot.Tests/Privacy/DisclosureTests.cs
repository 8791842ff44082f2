using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Bot.Tests.Knowledge.Generation;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Tests.Privacy;

/// <summary>The bot says it is a bot, and says when a language model wrote a text.</summary>
public sealed class DisclosureTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Welcome_FirstContact_SaysItIsAChatbot()
    {
        using var host = new BotHost(_database);

        var welcome = Assert.Single(await host.PostAsync(Activities.MembersAdded("first", "someone"))).Text;

        Assert.Contains("chatbot", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_EveryLanguageFile_OwnTextThatSaysBotAndModelLabel()
    {
        using var host = new BotHost(_database);
        var texts = host.Get<TextCatalog>();
        var says = new Dictionary<string, string>
        {
            ["nl"] = "chatbot", ["nl-eenvoudig"] = "computer", ["en"] = "bot", ["ar"] = "كمبيوتر", ["tr"] = "bilgisayar",
            ["fa"] = "کامپیوتر", ["ku"] = "kompîter", ["so"] = "kombiyuutar", ["ti"] = "ኮምፒተር",
        };

        Assert.Equal(says.Keys.Order(), texts.Files.Keys.Order());
        Assert.All(texts.Files, file =>
        {
            Assert.Contains(says[file.Key], file.Value.Texts["welcome"], StringComparison.Ordinal);
            Assert.True(file.Value.Texts.ContainsKey("ai_generated"), $"{file.Key}.yaml mist ai_generated");
        });
    }

    [Fact]
    public async Task Answer_WrittenByTheModelInSimpleDutch_LabelledAsWrittenByAComputer()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        using var host = new BotHost(_database, settings: fake.Settings());
        await host.PostAsync(Activities.Message("taal eenvoudig"));

        var replies = await host.PostAsync(Activities.Message("hoe houden we werkgevers betrokken?"));

        Assert.Contains("Een computer schreef dit antwoord.", replies.Texts(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
