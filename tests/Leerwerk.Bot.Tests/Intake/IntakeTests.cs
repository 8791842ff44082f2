using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Store;
using Leerwerk.Store.Intakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Intake;

public sealed class IntakeTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData(TempDatabase.Sqlite)]
    [InlineData(TempDatabase.Postgres)]
    public async Task KlantmanagerIntake_CompletedOverHttp_SavedWithSummaryPerAspectAndBarriers(string provider)
    {
        using var database = new TempDatabase(provider);
        using var host = new BotHost(database);
        var km = new QuestionnaireDriver(host, "km-conv", "km-1");
        await km.SayAsync("intake");

        var end = await km.AnswerAllAsync(new Dictionary<string, string>
        {
            ["roepnaam"] = "Amir", ["fiets"] = "nee", ["zorgtaken"] = "ja", ["opvang_geregeld"] = "nee",
            ["levensfase_toen"] = "Elektricien met eigen zaak in Aleppo", ["faseverschuiving"] = "1",
        });

        var summary = end.Texts();
        Assert.Contains("Intake Amir", summary, StringComparison.Ordinal);
        Assert.Contains("- Motivatie:", summary, StringComparison.Ordinal);
        Assert.Contains("Elektricien met eigen zaak", summary, StringComparison.Ordinal);
        Assert.Contains("Perspectief:", summary, StringComparison.Ordinal);
        Assert.Contains("Fietsregeling", summary, StringComparison.Ordinal);
        Assert.Contains("Kinderopvang", summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Uit de rapporten", summary, StringComparison.Ordinal);
        var intake = await StoredAsync(host);
        Assert.Equal("Amir", intake.ParticipantName);
        Assert.Equal(IntakeStatus.Concept, intake.Status);
        Assert.All(intake.Answers, a => Assert.Equal("klantmanager", a.AnsweredAs));
        Assert.True(intake.Answers.Count > 40);
    }

    [Fact]
    public async Task EveryBarrierRule_AnsweredAsBarrier_InSummaryWithItsNextStep()
    {
        using var host = new BotHost(_database);
        var questionnaire = host.Services.GetRequiredService<QuestionnaireCatalog>().Find("intake")!;
        var barrierAnswers = questionnaire.Steps.Where(s => s.Barrier is not null)
            .ToDictionary(s => s.Id, s => AnswerText(s, s.Barrier!.When[0]));
        barrierAnswers["roepnaam"] = "Sara";
        barrierAnswers["toestemming"] = "ja";
        var km = new QuestionnaireDriver(host, "barriers", "km-1");
        await km.SayAsync("intake");

        var summary = (await km.AnswerAllAsync(barrierAnswers)).Texts();

        foreach (var step in questionnaire.Steps.Where(s => s.Barrier is not null && (s.When is null || s.When.Holds(new Dictionary<string, Answer>()) || barrierAnswers.ContainsKey(s.Id))))
        {
            var stored = await StoredAsync(host);
            if (stored.Answers.All(a => a.StepId != step.Id)) continue; // a condition kept it from being asked
            Assert.Contains(step.Barrier!.NextStep.Get("nl")!, summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Answer_GivenHalfway_AlreadyInTheStore()
    {
        using var host = new BotHost(_database);
        var km = new QuestionnaireDriver(host, "half", "km-1");
        await km.SayAsync("intake");
        await km.SayAsync("Noor");
        await km.SayAsync("ja");
        await km.SayAsync("Opgegroeid in Eritrea, twee kinderen");

        var intake = await StoredAsync(host);

        Assert.Equal("Noor", intake.ParticipantName);
        Assert.Contains(intake.Answers, a => a.StepId == "achtergrond" && a.Display.Contains("Eritrea", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Consent_Refused_NothingKept()
    {
        using var host = new BotHost(_database);
        var km = new QuestionnaireDriver(host, "no-consent", "km-1");
        await km.SayAsync("intake");
        await km.SayAsync("Yusuf");

        var replies = await km.SayAsync("nee");

        Assert.Contains("niets bewaard", replies.Texts(), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        Assert.Empty(await db.Intakes.ToListAsync());
    }

    [Fact]
    public async Task Intake_SkipsBackAndPauseResumeAcrossRestart_Completes()
    {
        using (var first = new BotHost(_database))
        {
            var km = new QuestionnaireDriver(first, "restart", "km-1");
            await km.SayAsync("intake");
            await km.SayAsync("Lina");
            await km.SayAsync("ja");
            await km.SayAsync("overslaan");
            await km.SayAsync("terug");
            await km.SayAsync("Kwam in 2022 naar Nederland");
            await km.SayAsync("pauze");
        }

        using var second = new BotHost(_database);
        var again = new QuestionnaireDriver(second, "restart-2", "km-1");
        var resumed = await again.SayAsync("hervat");
        Assert.Contains("Welkom terug", resumed.Texts(), StringComparison.Ordinal);
        await again.AnswerAllAsync();

        var intake = await StoredAsync(second);
        Assert.Equal("Lina", intake.ParticipantName);
        Assert.Contains(intake.Answers, a => a.StepId == "achtergrond" && a.Display.Contains("2022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfServiceIntake_ReviewedSupplementedAndFinalizedByKlantmanager()
    {
        using var host = new BotHost(_database);
        var statushouder = new QuestionnaireDriver(host, "sh-conv", "sh-1");
        await statushouder.SayAsync("intake zelf");
        var thanks = await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Amal", ["tolk"] = "ja" });
        Assert.Contains("klantmanager", thanks.Texts(), StringComparison.Ordinal);

        var km = new QuestionnaireDriver(host, "km-review", "km-2");
        Assert.Contains("Amal", (await km.SayAsync("intakes")).Texts(), StringComparison.Ordinal);
        Assert.Contains("tolk nodig", (await km.SayAsync("intake Amal")).Texts(), StringComparison.Ordinal);
        var supplement = await km.SayAsync("intake Amal aanvullen");
        Assert.Contains("Ik weet al: Amal", supplement.Texts(), StringComparison.Ordinal);
        await km.AnswerAllAsync();
        var finalized = await km.SayAsync("intake Amal definitief");
        Assert.Contains("definitief", finalized.Texts(), StringComparison.Ordinal);

        var intake = await StoredAsync(host);
        Assert.Equal(IntakeStatus.Definitief, intake.Status);
        Assert.Equal("km-2", intake.KlantmanagerId);
        Assert.Equal("sh-1", intake.StatushouderId);
        Assert.Contains(intake.Answers, a => a.AnsweredAs == "statushouder");
        Assert.Contains(intake.Answers, a => a.AnsweredAs == "klantmanager");
    }

    [Fact]
    public async Task Export_MarkdownTableAndJson()
    {
        using var host = new BotHost(_database);
        var km = new QuestionnaireDriver(host, "export", "km-1");
        await km.SayAsync("intake");
        await km.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Omar" });

        var export = await km.SayAsync("intake Omar export");

        Assert.Contains("| vraag | antwoord |", export[0].Text, StringComparison.Ordinal);
        var json = export[1].Text.Replace("```json", string.Empty, StringComparison.Ordinal).Replace("```", string.Empty, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("Omar", document.RootElement.GetProperty("participant").GetString());
        Assert.True(document.RootElement.GetProperty("answers").GetArrayLength() > 40);
    }

    private static string AnswerText(Leerwerk.Dialogs.Questionnaires.Step step, string id) =>
        step.Kind == Leerwerk.Dialogs.Questionnaires.StepKind.YesNo ? id : (step.Choices.ToList().FindIndex(c => c.Id == id) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Store.Intakes.Intake> StoredAsync(BotHost host)
    {
        return await StoredIntakes.SingleAsync(host);
    }

    public void Dispose() => _database.Dispose();
}
