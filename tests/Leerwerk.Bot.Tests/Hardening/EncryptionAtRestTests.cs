using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class EncryptionAtRestTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Answers_InTheDatabase_EncryptedWithKeysKeptOutsideIt()
    {
        using var host = new BotHost(_database);
        var klantmanager = new QuestionnaireDriver(host, "enc", "km-enc");
        await klantmanager.SayAsync("intake");
        await klantmanager.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Mira", ["thuissituatie"] = "Woont-met-oma-in-Zwolle" });

        var readable = await StoredIntakes.SingleAsync(host);
        Assert.Contains(readable.Answers, a => a.Display.Contains("Woont-met-oma-in-Zwolle", StringComparison.Ordinal));
        // SQLite: the bytes of the file and its WAL; PostgreSQL: every row of every table, as a dump shows them.
        var raw = await _database.RawContentAsync();

        Assert.DoesNotContain("Woont-met-oma", raw, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(_database.KeysDirectory, "key-*.xml"));
    }

    public void Dispose() => _database.Dispose();
}
