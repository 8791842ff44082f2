using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.WebChat;

/// <summary>Speaks Direct Line 3.0 to a host as Web Chat does: token from the page's endpoint, start, send, poll.</summary>
public sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public string Token { get; set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Watermark { get; private set; } = string.Empty;

    /// <summary>`POST /api/webchat/token` then `POST /v3/directline/conversations`: the bot greets.</summary>
    public async Task<JObject> ConnectAsync()
    {
        var token = await SendAsync(HttpMethod.Post, "/api/webchat/token", null, authorize: false);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Token = token.Body.Value<string>("token")!;
        ConversationId = token.Body.Value<string>("conversationId")!;
        UserId = token.Body.Value<string>("userId")!;
        var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JObject());
        Assert.Equal(HttpStatusCode.Created, started.Status);
        return token.Body;
    }

    public async Task<(HttpStatusCode Status, JObject Body)> PostActivityAsync(JObject activity, string? conversationId = null) =>
        await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities", activity);

    public Task<(HttpStatusCode Status, JObject Body)> SayAsync(string text) =>
        PostActivityAsync(new JObject { ["type"] = "message", ["text"] = text, ["from"] = new JObject { ["id"] = UserId } });

    /// <summary>The activities since the last poll, as Web Chat reads them.</summary>
    public async Task<IReadOnlyList<JObject>> PollAsync()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Watermark = body.Value<string>("watermark")!;
        return [.. body["activities"]!.Cast<JObject>()];
    }

    public async Task<(HttpStatusCode Status, JObject Body)> SendAsync(HttpMethod method, string path, JObject? body, bool authorize = true, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null) request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        if (authorize) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JObject.Parse(text) : new JObject());
    }

    public void Dispose() => http.Dispose();
}
