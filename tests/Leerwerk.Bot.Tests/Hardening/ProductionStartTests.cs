using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class ProductionStartTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void Start_ProductionWithoutCredentials_RefusesWithClearMessage()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["environment"] = "Production" });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("In Production heeft de bot Bot Framework-gegevens nodig", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionWithAppIdButNoSecret_Refuses()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001", ["DirectLine:Secret"] = "s3cret",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("MicrosoftAppPassword ontbreekt", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithCredentials_Starts()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret", ["DirectLine:Secret"] = "s3cret",
        });

        using var client = host.CreateClient();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(health.IsSuccessStatusCode);
    }

    [Fact]
    public void Start_ProductionWithAccessOpen_RefusesWithClearMessage()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret", ["DirectLine:Secret"] = "s3cret", ["Access:Open"] = "true",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Access:Open is true in Production", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownRoleInConfiguration_RefusesWithClearMessage()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["Access:Open"] = "false", ["Access:Users:0:Email"] = "fb@gemeente.nl", ["Access:Users:0:Role"] = "baas",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Access:Users has unknown roles 'baas'", failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
