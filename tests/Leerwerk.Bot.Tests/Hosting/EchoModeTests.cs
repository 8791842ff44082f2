using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Leerwerk.Bot.Tests.Hosting;

/// <summary>`Bot:Mode=Echo`, the floor of the load benchmark: the same host with a bot that only says back.</summary>
public sealed class EchoModeTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly BotHost _host;

    public EchoModeTests() => _host = new BotHost(_database.Path, settings: new Dictionary<string, string?> { ["Bot:Mode"] = "Echo" });

    [Fact]
    public async Task Post_Hallo_EchoesHallo()
    {
        var replies = await _host.PostAsync(Activities.Message("hallo"));

        Assert.Equal("hallo", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Post_Intake_StartsNoQuestionnaireAndStoresNoState()
    {
        var replies = await _host.PostAsync(Activities.Message("intake"));

        Assert.Equal("intake", Assert.Single(replies).Text);
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM state_items";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
