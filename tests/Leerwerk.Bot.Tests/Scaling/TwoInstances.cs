using Leerwerk.Bot.Tests.Hardening;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Tests.Scaling;

/// <summary>
/// Two bot processes, A and B, on one fresh PostgreSQL database and one shared keys folder: what
/// several instances behind Azure Bot Service are. A starts first, as a first deployment should (see
/// docs/DEPLOY.md); an in-memory host on the same database only reads state for the driver.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    private TwoInstances(TempDatabase database, BotProcess a, BotProcess b)
    {
        Database = database;
        A = a;
        B = b;
        Reader = new BotHost(database, settings: new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
    }

    public TempDatabase Database { get; }

    public BotProcess A { get; }

    public BotProcess B { get; }

    public BotHost Reader { get; }

    public static async Task<TwoInstances> StartAsync()
    {
        var database = new TempDatabase(TempDatabase.Postgres);
        var a = await BotProcess.StartAsync(database);
        var b = await BotProcess.StartAsync(database);
        return new TwoInstances(database, a, b);
    }

    /// <summary>A driver whose messages go to A, B, A, B, ...</summary>
    public QuestionnaireDriver Alternating(string conversationId, string userId)
    {
        var turn = 0;
        return new QuestionnaireDriver(Reader, conversationId, userId, post: activity => (turn++ % 2 == 0 ? A : B).PostAsync(activity));
    }

    /// <summary>How many turns ran again after another instance changed the same state (see LeerwerkBot).</summary>
    public int RetriedTurns => Count(A.Output) + Count(B.Output);

    public void Dispose()
    {
        Reader.Dispose();
        A.Dispose();
        B.Dispose();
        Database.Dispose();
    }

    private static int Count(string output) => output.Split('\n').Count(l => l.Contains("changed meanwhile", StringComparison.Ordinal));
}
