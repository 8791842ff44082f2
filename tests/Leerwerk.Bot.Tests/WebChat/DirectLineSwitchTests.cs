using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.WebChat;

public sealed class DirectLineSwitchTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task GenerateToken_SecretConfigured_OnlyWithTheSecret()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "geheim-123" });
        using var client = new DirectLineTestClient(host.CreateClient());

        var none = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, authorize: false);
        var wrong = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, bearer: "geraden");
        var right = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", new JObject { ["user"] = new JObject { ["id"] = "dl_server-user" } }, bearer: "geheim-123");

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);
        Assert.Equal(HttpStatusCode.OK, right.Status);
    }

    [Fact]
    public async Task WebChatToken_SecretConfigured_PageStillGetsAToken()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "geheim-123" });
        using var client = new DirectLineTestClient(host.CreateClient());

        await client.ConnectAsync();

        Assert.Single(await client.PollAsync());
    }

    [Fact]
    public async Task Endpoints_ProductionWithAppIdAndNoSecret_Off()
    {
        using var host = new BotHost(_database, settings: Production(("MicrosoftAppId", "00000000-0000-0000-0000-000000000001")));
        using var client = new DirectLineTestClient(host.CreateClient());

        var generate = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, authorize: false);
        var token = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null, authorize: false);

        Assert.Equal(HttpStatusCode.NotFound, generate.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.Status);
    }

    [Fact]
    public async Task Endpoints_ProductionWithAppIdAndSecret_OnWithTheSecret()
    {
        using var host = new BotHost(_database, settings: Production(("MicrosoftAppId", "00000000-0000-0000-0000-000000000001"), ("DirectLine:Secret", "geheim-123")));
        using var client = new DirectLineTestClient(host.CreateClient());

        var generate = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, bearer: "geheim-123");

        Assert.Equal(HttpStatusCode.OK, generate.Status);
    }

    [Fact]
    public void Start_EnabledInProductionWithAppIdWithoutSecret_RefusesToStart()
    {
        using var host = new BotHost(_database, settings: Production(("MicrosoftAppId", "00000000-0000-0000-0000-000000000001"), ("DirectLine:Enabled", "true")));

        var error = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("DirectLine:Secret", FlattenMessages(error), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Production(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["environment"] = "Production" };
        foreach (var (key, value) in settings) all[key] = value;
        // A Production bot always has its Bot Framework password (BotCredentialsValidation).
        if (all.ContainsKey("MicrosoftAppId")) all["MicrosoftAppPassword"] = "not-a-real-secret";
        return all;
    }

    private static string FlattenMessages(Exception error) =>
        error is OptionsValidationException options ? string.Join('\n', options.Failures)
            : error.InnerException is { } inner ? error.Message + "\n" + FlattenMessages(inner) : error.Message;

    public void Dispose() => _database.Dispose();
}
