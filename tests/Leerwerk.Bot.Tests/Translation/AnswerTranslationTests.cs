using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Bot.Tests.Knowledge.Generation;
using Leerwerk.Store;
using Leerwerk.Store.Intakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Translation;

/// <summary>A statushouder's answers in their own language get a Dutch machine translation for the klantmanager.</summary>
public sealed class AnswerTranslationTests : IDisposable
{
    private const string Background = "أنا من حلب";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SelfServiceIntake_ArabicAnswerWithModel_SavedWithLanguageAndDutchMachineTranslationOnce()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        var statushouder = new QuestionnaireDriver(host, "ar-conv", "sh-ar");
        await statushouder.SayAsync("taal ar");
        await statushouder.SayAsync("intake zelf");

        await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Yasmin", ["achtergrond"] = Background });

        var intake = await IntakeAsync(host);
        var background = intake.Answers.Single(a => a.StepId == "achtergrond");
        Assert.Equal("ar", background.Language);
        Assert.Equal(FakeTranslations.DutchPrefix + Background, background.DutchTranslation);
        Assert.True(background.MachineTranslated);
        Assert.Contains("vertaling nodig", background.Display, StringComparison.Ordinal);
        // The sink saves every answer on every turn; the model saw this answer once.
        Assert.Single(fake.Requests, r => FakeTranslations.Answer(r) == Background);
        Assert.DoesNotContain(fake.Requests, FakeTranslations.IsTextRequest);
        Assert.All(intake.Answers.Where(a => a.DutchTranslation is not null), a => Assert.True(a.MachineTranslated));
        Assert.DoesNotContain(intake.Answers, a => a.StepId == "tolk" && a.DutchTranslation is not null);
    }

    [Fact]
    public async Task Summary_MachineTranslatedAnswer_ShowsTranslationMarkedInsteadOfVertalingNodig()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = FakeTranslations.Respond;
        using var host = new BotHost(_database, settings: fake.Settings());
        var statushouder = new QuestionnaireDriver(host, "ar-conv", "sh-ar");
        await statushouder.SayAsync("taal ar");
        await statushouder.SayAsync("intake zelf");
        await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Yasmin", ["achtergrond"] = Background });

        var view = IntakeView.From(await IntakeAsync(host), host.Get<QuestionnaireCatalog>());
        var summary = host.Get<IntakeSummary>().Build(view);
        var export = IntakeExport.Markdown(view, summary);

        Assert.Contains($"{FakeTranslations.DutchPrefix}{Background} (machinevertaling)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Background} (in ar; vertaling nodig)", summary, StringComparison.Ordinal);
        Assert.Contains($"origineel (ar): {Background}", export, StringComparison.Ordinal);
        Assert.Contains("\"machineTranslated\": true", IntakeExport.Json(view), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfServiceIntake_ModelTooSlow_AnswerSavedWithoutTranslation()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = _ => FakeChatResponse.Slow(TimeSpan.FromSeconds(30), "te laat");
        using var host = new BotHost(_database, settings: fake.Settings(timeoutSeconds: 1, maxRetries: 0));

        await AnswerNameInArabicAsync(host);

        var name = (await IntakeAsync(host)).Answers.Single(a => a.StepId == "roepnaam");
        Assert.Equal("Yasmin", Leerwerk.Bot.Intake.IntakeStore.ReadAnswer(name)!.Text);
        Assert.Null(name.DutchTranslation);
        Assert.False(name.MachineTranslated);
        Assert.Contains("vertaling nodig", name.Display, StringComparison.Ordinal);
        Assert.Contains("Azure OpenAI gave no translation (timeout)", host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Yasmin", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfServiceIntake_ModelError_AnswerSavedWithoutTranslation()
    {
        await using var fake = await FakeAzureOpenAI.StartAsync();
        fake.Respond = _ => new FakeChatResponse(500, string.Empty, TimeSpan.Zero);
        using var host = new BotHost(_database, settings: fake.Settings(maxRetries: 0));

        var replies = await AnswerNameInArabicAsync(host);

        var name = (await IntakeAsync(host)).Answers.Single(a => a.StepId == "roepnaam");
        Assert.Null(name.DutchTranslation);
        Assert.False(name.MachineTranslated);
        Assert.Contains("Azure OpenAI gave no translation (HTTP 500)", host.Logs.All, StringComparison.Ordinal);
        Assert.NotEmpty(replies.Texts());
    }

    [Fact]
    public async Task SelfServiceIntake_WithoutAzureOpenAI_NoTranslation()
    {
        using var host = new BotHost(_database);

        await AnswerNameInArabicAsync(host);

        var name = (await IntakeAsync(host)).Answers.Single(a => a.StepId == "roepnaam");
        Assert.Null(name.DutchTranslation);
        Assert.False(name.MachineTranslated);
    }

    private static async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> AnswerNameInArabicAsync(BotHost host)
    {
        var statushouder = new QuestionnaireDriver(host, "ar-conv", "sh-ar");
        await statushouder.SayAsync("taal ar");
        await statushouder.SayAsync("intake zelf");
        await statushouder.SayAsync("ja");
        return await statushouder.SayAsync("Yasmin");
    }

    private static async Task<Store.Intakes.Intake> IntakeAsync(BotHost host)
    {
        return await StoredIntakes.SingleAsync(host);
    }

    public void Dispose() => _database.Dispose();
}
