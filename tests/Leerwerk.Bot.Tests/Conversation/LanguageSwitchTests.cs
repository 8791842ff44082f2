using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Conversation;

public sealed class LanguageSwitchTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Taal_MidQuestionnaire_AnswersKeptQuestionAgainInNewLanguage()
    {
        using var host = new BotHost(_database.Path);
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
        using var host = new BotHost(_database.Path);

        var replies = await host.PostAsync(Activities.Message("taal"));

        Assert.Contains("English", replies.Texts(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
