using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly BotHost _host;

    public MessagesEndpointTests() => _host = new BotHost(_database);

    [Fact]
    public async Task Post_Help_RepliesWhatTheBotCanDo()
    {
        var replies = await _host.PostAsync(Activities.Message("help"));

        var text = replies.Texts();
        Assert.Contains("intake", text, StringComparison.Ordinal);
        Assert.Contains("checklist", text, StringComparison.Ordinal);
        Assert.Contains("checkin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownText_PointsToHelp()
    {
        var replies = await _host.PostAsync(Activities.Message("blablabla qwerty"));

        Assert.Contains("help", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyText_RepliesKindlyNotSilence()
    {
        var replies = await _host.PostAsync(Activities.Message("   "));

        Assert.Contains("leeg bericht", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MembersAdded_WelcomesOnce()
    {
        var first = await _host.PostAsync(Activities.MembersAdded());
        var second = await _host.PostAsync(Activities.MembersAdded());

        Assert.Contains("Leerwerk", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.Empty(second);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{}")]
    [InlineData("[1,2,3]")]
    public async Task Post_MalformedBody_Returns400(string body)
    {
        using var client = _host.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetHealthz_DatabaseReachable_Returns200WithStatus()
    {
        using var client = _host.CreateClient();

        var body = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("\"database\":true", body, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
