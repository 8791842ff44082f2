using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Hosting;

/// <summary>`Bot:Mode=Echo`, the floor of the load benchmark: the same host with a bot that only says back.</summary>
public sealed class EchoModeTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly BotHost _host;

    public EchoModeTests() => _host = new BotHost(_database, settings: new Dictionary<string, string?> { ["Bot:Mode"] = "Echo" });

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
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.StateItems.CountAsync());
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
