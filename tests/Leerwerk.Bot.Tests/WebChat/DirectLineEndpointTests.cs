using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.WebChat;

public sealed class DirectLineEndpointTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public DirectLineEndpointTests() => _host = new BotHost(_database, services => services.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task Connect_NewConversation_BotGreetsInTheActivityLog()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());

        var token = await client.ConnectAsync();
        var activities = await client.PollAsync();

        Assert.Equal(1800, token.Value<int>("expiresIn"));
        Assert.False(token.Value<bool>("webSocket"));
        Assert.EndsWith("/v3/directline", token.Value<string>("domain"), StringComparison.Ordinal);
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", welcome["from"]!.Value<string>("role"));
        Assert.Contains("Leerwerk", welcome.Value<string>("text"), StringComparison.Ordinal);
        Assert.Equal("1", client.Watermark);
    }

    [Fact]
    public async Task Connect_StartedTwice_GreetsOnce()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();

        var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JObject());

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Single(await client.PollAsync());
    }

    [Fact]
    public async Task PostActivity_Message_EchoedWithClientIdThenRepliesAfterTheWatermark()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();
        await client.PollAsync();

        var sent = await client.PostActivityAsync(new JObject
        {
            ["type"] = "message", ["text"] = "demo", ["from"] = new JObject { ["id"] = "someone-else", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = "client-1" },
        });
        var activities = await client.PollAsync();

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        var echo = activities[0];
        Assert.Equal(sent.Body.Value<string>("id"), echo.Value<string>("id"));
        Assert.Equal("client-1", echo["channelData"]!.Value<string>("clientActivityID"));
        Assert.Equal(client.UserId, echo["from"]!.Value<string>("id"));
        Assert.Contains(activities.Skip(1), a => a.Value<string>("text")?.Contains("Hoe mag ik je noemen?", StringComparison.Ordinal) == true);
        Assert.All(activities.Skip(1), a => Assert.Equal(echo.Value<string>("id"), a.Value<string>("replyToId")));
    }

    [Fact]
    public async Task PostActivity_ChoiceStep_AdaptiveCardAndSuggestedActionsForWebChat()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();
        await client.SayAsync("demo");
        await client.PollAsync();

        await client.SayAsync("Amir");
        var prompt = (await client.PollAsync())[^1];

        Assert.Equal("application/vnd.microsoft.card.adaptive", prompt["attachments"]![0]!.Value<string>("contentType"));
        Assert.Equal(3, prompt["suggestedActions"]!["actions"]!.Count());
    }

    [Fact]
    public async Task PostActivity_InvitationEvent_ReachesTheBot()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();

        var sent = await client.PostActivityAsync(new JObject { ["type"] = "event", ["name"] = "invitation", ["value"] = new JObject { ["code"] = "ABCD-1234" } });

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Contains($"Direct Line event invitation in conversation {client.ConversationId}", _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("ABCD-1234", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_WithoutToken_Unauthorized()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();

        var (status, _) = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new JObject { ["type"] = "message", ["text"] = "hoi" }, authorize: false);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task PollActivities_TokenOfAnotherConversation_Forbidden()
    {
        using var first = new DirectLineTestClient(_host.CreateClient());
        using var second = new DirectLineTestClient(_host.CreateClient());
        await first.ConnectAsync();
        await second.ConnectAsync();

        var (status, _) = await second.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{first.ConversationId}/activities", null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task PollActivities_After30Minutes_TokenExpiredForbidden()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();

        _time.Advance(TimeSpan.FromMinutes(31));
        var (status, body) = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("TokenExpired", body["error"]!.Value<string>("code"));
    }

    [Fact]
    public async Task RefreshToken_Before30Minutes_NewTokenKeepsTheConversationGoing()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());
        await client.ConnectAsync();
        _time.Advance(TimeSpan.FromMinutes(15));

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", null);
        client.Token = body.Value<string>("token")!;
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(client.ConversationId, body.Value<string>("conversationId"));
        Assert.Equal(HttpStatusCode.OK, (await client.SayAsync("help")).Status);
    }

    [Fact]
    public async Task GenerateToken_NoSecretConfigured_OpenForLocalUse()
    {
        using var client = new DirectLineTestClient(_host.CreateClient());

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, authorize: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, body.Value<int>("expires_in"));
        Assert.False(string.IsNullOrEmpty(body.Value<string>("conversationId")));
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
