using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.WebChat;

/// <summary>With WebChat:DirectLineSecret the page's token comes from Azure's Direct Line, here a fake one on loopback.</summary>
public sealed class WebChatTokenAzureTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "azure-direct-line-secret";
    private readonly TempDatabase _database = new();
    private readonly List<string> _authorizations = [];
    private readonly List<string> _bodies = [];
    private WebApplication? _azure;
    private string _azureUrl = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _azure = builder.Build();
        _azure.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            _authorizations.Add(request.Headers.Authorization.ToString());
            using var reader = new StreamReader(request.Body);
            _bodies.Add(await reader.ReadToEndAsync());
            return Results.Json(new Dictionary<string, object> { ["conversationId"] = "azure-conv-1", ["token"] = "azure-token-1", ["expires_in"] = 3600 });
        });
        await _azure.StartAsync();
        _azureUrl = _azure.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/v3/directline";
    }

    [Fact]
    public async Task WebChatToken_DirectLineSecretSet_ExchangedAtAzureDomainGivenToThePage()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["WebChat:DirectLineSecret"] = Secret,
            ["WebChat:DirectLineUrl"] = _azureUrl,
        });
        using var client = new DirectLineTestClient(host.CreateClient());

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null, authorize: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("azure-token-1", body.Value<string>("token"));
        Assert.Equal("azure-conv-1", body.Value<string>("conversationId"));
        Assert.Equal(_azureUrl, body.Value<string>("domain"));
        Assert.True(body.Value<bool>("webSocket"));
        Assert.Equal($"Bearer {Secret}", Assert.Single(_authorizations));
        Assert.Contains($"\"{body.Value<string>("userId")}\"", Assert.Single(_bodies), StringComparison.Ordinal);
        Assert.StartsWith("dl_", body.Value<string>("userId"), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatToken_AzureUnreachable_BadGatewayNotACrash()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?>
        {
            ["WebChat:DirectLineSecret"] = Secret,
            ["WebChat:DirectLineUrl"] = "http://127.0.0.1:9/v3/directline",
        });
        using var client = new DirectLineTestClient(host.CreateClient());

        var (status, _) = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null, authorize: false);

        Assert.Equal(HttpStatusCode.BadGateway, status);
    }

    public async Task DisposeAsync()
    {
        if (_azure is not null) await _azure.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();
}
