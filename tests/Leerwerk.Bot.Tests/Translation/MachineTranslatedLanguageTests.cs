using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Bot.Tests.Knowledge.Generation;
using Leerwerk.Dialogs.Texts;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Translation;

/// <summary>A language without a texts file: translated on the fly when Azure OpenAI is configured, else kindly refused.</summary>
public sealed class MachineTranslatedLanguageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task TaalPl_WithModel_NextQuestionTranslatedAndFlaggedOnce()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        var texts = host.Get<TextCatalog>();
        var user = new QuestionnaireDriver(host, "pl-1", "sh-pl-1");

        var switched = await user.SayAsync("taal pl");
        var again = await user.SayAsync("taal pl");
        await user.SayAsync("intake zelf");
        var next = await user.SayAsync("ja");

        Assert.Contains("polski", switched.Texts(), StringComparison.Ordinal);
        Assert.Contains(texts.Get("translation_machine", "pl"), switched.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get("translation_machine", "pl"), again.Texts(), StringComparison.Ordinal);
        Assert.Contains(FakeTranslations.PolishPrefix + "Hoe mogen we je noemen?", next.Texts(), StringComparison.Ordinal);
        Assert.Equal("pl", (await user.StateAsync())!.Language);
    }

    [Fact]
    public async Task TaalPl_WithModel_BotsOwnTextsTranslatedToo()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        var user = new QuestionnaireDriver(host, "pl-help", "sh-pl-help");
        await user.SayAsync("taal pl");

        var help = await user.SayAsync("help");
        var unknown = await user.SayAsync("qwerty");

        Assert.Contains(FakeTranslations.PolishPrefix, help.Texts(), StringComparison.Ordinal);
        Assert.StartsWith(FakeTranslations.PolishPrefix, unknown.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaalPl_WithModel_ConsentStaysSimpleDutchAndIsNeverSent()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        var user = new QuestionnaireDriver(host, "pl-1", "sh-pl-1");
        await user.SayAsync("taal pl");

        var started = await user.SayAsync("intake zelf");

        Assert.Contains(FakeTranslations.PolishPrefix + "Vragen over jou, leren en werk", started.Texts(), StringComparison.Ordinal);
        Assert.Contains("Eerst iets over je antwoorden.", started.Texts(), StringComparison.Ordinal);
        Assert.Contains("Mogen wij je antwoorden opschrijven?", started.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTranslations.PolishPrefix + "Eerst", started.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTranslations.PolishPrefix + "Mogen wij", started.Texts(), StringComparison.Ordinal);
        var sent = fake.Requests.Where(FakeTranslations.IsTextRequest).SelectMany(r => FakeTranslations.Texts(r)).ToList();
        Assert.NotEmpty(sent);
        Assert.DoesNotContain(sent, t => t.Key.Contains("toestemming", StringComparison.Ordinal) || t.Value.Contains("opschrijven", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TaalPl_SecondUser_TextsFromCacheWithoutAskingTheModel()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        foreach (var text in new[] { "taal pl", "intake zelf", "ja" }) await new QuestionnaireDriver(host, "pl-1", "sh-pl-1").SayAsync(text);
        var asked = fake.Requests.Count;
        var second = new QuestionnaireDriver(host, "pl-2", "sh-pl-2");

        await second.SayAsync("taal pl");
        await second.SayAsync("intake zelf");
        var next = await second.SayAsync("ja");

        Assert.Contains(FakeTranslations.PolishPrefix + "Hoe mogen we je noemen?", next.Texts(), StringComparison.Ordinal);
        Assert.Equal(asked, fake.Requests.Count);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var cached = await db.CachedTranslations.SingleAsync(t => t.Language == "pl" && t.Key == "intake-zelf/roepnaam.prompt");
        Assert.Equal(FakeTranslations.PolishPrefix + "Hoe mogen we je noemen?", cached.Text);
        Assert.Equal(64, cached.SourceHash.Length);
    }

    [Fact]
    public async Task TaalPl_ModelFails_QuestionsInSimpleDutch()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = _ => new FakeChatResponse(500, string.Empty, TimeSpan.Zero);
        using var host = new BotHost(_database, settings: fake.Settings(maxRetries: 0));
        var user = new QuestionnaireDriver(host, "pl-1", "sh-pl-1");
        await user.SayAsync("taal pl");
        await user.SayAsync("intake zelf");

        var next = await user.SayAsync("ja");

        Assert.Contains("Hoe mogen we je noemen?", next.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTranslations.PolishPrefix, next.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaalPl_WithoutAzureOpenAI_NotAvailableAndTheLanguagesListed()
    {
        using var host = new BotHost(_database);
        var user = new QuestionnaireDriver(host, "pl-1", "sh-pl-1");

        var replies = await user.SayAsync("taal pl");

        var reply = Assert.Single(replies);
        Assert.StartsWith(host.Get<TextCatalog>().Get("language_unavailable", Language.Dutch), reply.Text, StringComparison.Ordinal);
        Assert.Contains("English", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Türkçe", reply.Text, StringComparison.Ordinal);
        var started = await user.SayAsync("intake zelf");
        Assert.Contains("Mogen wij je antwoorden opschrijven?", started.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaalMadeUpCode_WithModel_NotAvailable()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        using var host = new BotHost(_database, settings: fake.Settings());

        var replies = await host.PostAsync(Activities.Message("taal xq"));

        Assert.StartsWith(host.Get<TextCatalog>().Get("language_unavailable", Language.Dutch), Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    public void Dispose() => _database.Dispose();
}
