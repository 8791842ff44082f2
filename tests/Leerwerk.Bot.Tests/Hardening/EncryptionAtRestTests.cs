using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class EncryptionAtRestTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Answers_InTheDatabaseFile_EncryptedWithKeysKeptOutsideIt()
    {
        using var host = new BotHost(_database.Path);
        var klantmanager = new QuestionnaireDriver(host, "enc", "km-enc");
        await klantmanager.SayAsync("intake");
        await klantmanager.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Mira", ["thuissituatie"] = "Woont-met-oma-in-Zwolle" });

        var readable = await StoredIntakes.SingleAsync(host);
        Assert.Contains(readable.Answers, a => a.Display.Contains("Woont-met-oma-in-Zwolle", StringComparison.Ordinal));
        SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(_database.Path);
        var wal = File.Exists(_database.Path + "-wal") ? await File.ReadAllBytesAsync(_database.Path + "-wal") : [];
        var raw = System.Text.Encoding.UTF8.GetString([.. file, .. wal]);

        Assert.DoesNotContain("Woont-met-oma", raw, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_database.Path)!, "keys"), "key-*.xml"));
    }

    public void Dispose() => _database.Dispose();
}
