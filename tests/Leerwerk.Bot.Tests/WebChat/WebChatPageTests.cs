using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.WebChat;

public sealed class WebChatPageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task GetRoot_ServesTheDutchPageWithTheLocalBundle()
    {
        using var host = new BotHost(_database);
        using var client = host.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await client.GetAsync(new Uri("/webchat/webchat.js", UriKind.Relative));

        Assert.Contains("<title>Leerwerk</title>", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"nl\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"webchat/webchat.js\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Fact]
    public async Task Healthz_LocalDirectLine_SaysWebChatLocal()
    {
        using var host = new BotHost(_database);
        using var client = host.CreateClient();

        var health = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("\"webChat\":\"local\"", health, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
