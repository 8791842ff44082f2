using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class LimitsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Messages_MoreThanTheUserLimitPerMinute_KindSlowDownNotProcessed()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["Limits:MessagesPerMinutePerUser"] = "5" });
        for (var i = 0; i < 5; i++) await host.PostAsync(Activities.Message("help", "busy", "hammer"));

        var sixth = await host.PostAsync(Activities.Message("help", "busy", "hammer"));
        var otherUser = await host.PostAsync(Activities.Message("help", "calm", "someone-else"));

        Assert.Contains("veel berichten", sixth.Texts(), StringComparison.Ordinal);
        Assert.Contains("intake", otherUser.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_MoreThanTheAddressLimitPerMinute_429()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["Limits:RequestsPerMinutePerAddress"] = "3" });
        for (var i = 0; i < 3; i++) await host.PostAsync(Activities.Message("help"));
        using var client = host.CreateClient();
        using var body = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(Activities.Message("help")), System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Request_BodyOverTheLimit_413()
    {
        using var host = new BotHost(_database);
        using var client = host.CreateClient();
        using var body = new StringContent(new string('x', 300 * 1024), System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Message_LongerThanTheMessageLimit_KindReply()
    {
        using var host = new BotHost(_database);

        var replies = await host.PostAsync(Activities.Message(new string('a', 5000)));

        Assert.Contains("te lang", replies.Texts(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
