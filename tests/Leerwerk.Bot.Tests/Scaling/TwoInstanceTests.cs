using Leerwerk.Bot.Tests.Hardening;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Leerwerk.Bot.Tests.Scaling;

/// <summary>Two real bot processes on one PostgreSQL database: a conversation may land on either.</summary>
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> IntakeAnswers = new()
    {
        ["roepnaam"] = "Amir", ["fiets"] = "nee", ["zorgtaken"] = "ja", ["opvang_geregeld"] = "nee",
        ["levensfase_toen"] = "Elektricien met eigen zaak in Aleppo", ["faseverschuiving"] = "1",
    };

    [Fact]
    public async Task Intake_TurnsAlternatingBetweenInstances_CompleteAndTheSameAsOnOneInstance()
    {
        using var bots = await TwoInstances.StartAsync();
        var klantmanager = bots.Alternating("km-scale", "km-1");
        await klantmanager.SayAsync("intake");

        var end = await klantmanager.AnswerAllAsync(IntakeAnswers);

        Assert.Contains("Intake Amir", end.Texts(), StringComparison.Ordinal);
        Assert.Contains("Elektricien met eigen zaak", end.Texts(), StringComparison.Ordinal);
        var stored = await StoredIntakes.SingleAsync(bots.Reader);
        Assert.Equal("Amir", stored.ParticipantName);
        Assert.Equal(await OnOneInstanceAsync(), Answers(stored));
    }

    [Fact]
    public async Task Turns_OfOneConversationRacingOnBothInstances_NoneLost()
    {
        using var bots = await TwoInstances.StartAsync();
        await bots.A.PostAsync(Activities.Message("hallo", conversationId: "race"));

        for (var round = 0; round < 8; round++)
        {
            await Task.WhenAll(
                bots.A.PostAsync(Activities.Message("help", conversationId: "race")),
                bots.B.PostAsync(Activities.Message("help", conversationId: "race")));
        }

        var state = (IDictionary<string, object>)(await bots.Reader.Storage.ReadAsync(["test/conversations/race"]))["test/conversations/race"];
        Assert.Equal(17, ((JObject)state["ConversationData"]).Value<int>("Turns"));
        output.WriteLine($"turns that met the other instance's write and ran again: {bots.RetriedTurns}");
    }

    [Fact]
    public async Task Start_TwoInstancesAtOnceOnAnEmptyDatabase_OneMigratesBothServe()
    {
        using var database = new TempDatabase(TempDatabase.Postgres);

        var started = await Task.WhenAll(BotProcess.StartAsync(database), BotProcess.StartAsync(database));

        using var a = started[0];
        using var b = started[1];
        await using var db = database.OpenDb();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(await a.PostAsync(Activities.Message("help", "start-a", "user-a")));
        Assert.NotEmpty(await b.PostAsync(Activities.Message("help", "start-b", "user-b")));
    }

    /// <summary>The same intake, typed into one in-memory instance on a database of its own.</summary>
    private static async Task<List<(string, string, string)>> OnOneInstanceAsync()
    {
        using var database = new TempDatabase();
        using var host = new BotHost(database);
        var klantmanager = new QuestionnaireDriver(host, "km-scale", "km-1");
        await klantmanager.SayAsync("intake");
        await klantmanager.AnswerAllAsync(IntakeAnswers);
        return Answers(await StoredIntakes.SingleAsync(host));
    }

    private static List<(string, string, string)> Answers(Store.Intakes.Intake intake) =>
        [.. intake.Answers.Select(a => (a.StepId, a.Display, a.AnsweredAs)).Order()];
}
