using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Conversation;

public sealed class LanguageSwitchTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Taal_MidQuestionnaire_AnswersKeptQuestionAgainInNewLanguage()
    {
        using var host = new BotHost(_database);
        var user = new QuestionnaireDriver(host, "lang", "u-1");
        await user.SayAsync("demo");
        await user.SayAsync("Amir");

        var switched = await user.SayAsync("taal english");

        Assert.Contains("The language is now English", switched.Texts(), StringComparison.Ordinal);
        Assert.Contains("What is your role?", switched.Texts(), StringComparison.Ordinal);
        var state = await user.StateAsync();
        Assert.Equal("Amir", state!.Answers["naam"].Text);
        Assert.Equal("en", state.Language);
    }

    [Fact]
    public async Task Taal_Bare_OffersTheLanguages()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message("taal"));

        Assert.Contains("English", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_InTeams_CardsReadRightToLeft()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("taal ar", "rtl", channelId: "msteams"));

        var replies = await host.PostAsync(Activities.Message("intake zelf", "rtl", channelId: "msteams"));

        var card = (Newtonsoft.Json.Linq.JObject)replies.SelectMany(r => r.Attachments ?? []).First().Content;
        Assert.True(card.Value<bool>("rtl"));
        Assert.Contains("هل", card.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
