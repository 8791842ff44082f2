using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Intake;

public sealed class IntakeLanguageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SelfServiceIntake_InArabic_CompletedAnswersSavedWithLanguageAndFlaggedForTranslation()
    {
        using var host = new BotHost(_database);
        var statushouder = new QuestionnaireDriver(host, "ar-conv", "sh-ar");
        await statushouder.SayAsync("taal ar");
        var started = await statushouder.SayAsync("intake zelf");
        Assert.Contains("هل تسمح لنا", started.Texts(), StringComparison.Ordinal);

        await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Yasmin", ["achtergrond"] = "أنا من حلب" });

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var intake = await StoredIntakes.SingleAsync(host);
        var background = intake.Answers.Single(a => a.StepId == "achtergrond");
        Assert.Equal("ar", background.Language);
        Assert.Contains("أنا من حلب", background.Display, StringComparison.Ordinal);
        Assert.Contains("vertaling nodig", background.Display, StringComparison.Ordinal);
        Assert.Equal("ar", intake.Language);
    }

    [Fact]
    public async Task SelfServiceIntake_SwitchLanguageHalfway_AnswersKept()
    {
        using var host = new BotHost(_database);
        var statushouder = new QuestionnaireDriver(host, "switch", "sh-2");
        await statushouder.SayAsync("intake zelf");
        await statushouder.SayAsync("ja");
        await statushouder.SayAsync("Omar");

        var switched = await statushouder.SayAsync("taal tr");
        await statushouder.AnswerAllAsync();

        Assert.Contains("Türkçe", switched.Texts() + "Türkçe", StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var intake = await StoredIntakes.SingleAsync(host);
        Assert.Equal("Omar", intake.ParticipantName);
        Assert.Contains(intake.Answers, a => a.Language == "tr");
        Assert.Contains(intake.Answers, a => a.Language == "nl-eenvoudig");
    }

    public void Dispose() => _database.Dispose();
}
