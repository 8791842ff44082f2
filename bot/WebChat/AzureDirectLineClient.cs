using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Leerwerk.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.WebChat;

/// <summary>
/// Exchanges the Direct Line secret for a token at Azure's Direct Line, bound to one new conversation
/// and user: the secret stays on the server, the page gets only the token.
/// </summary>
internal sealed class AzureDirectLineClient(HttpClient http, IOptions<WebChatOptions> options)
{
    public async Task<WebChatToken> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var domain = settings.DirectLineUrl.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, domain + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        using var response = await http.SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();
        var generated = await response.Content.ReadFromJsonAsync<Generated>(timeout.Token);
        if (generated is not { Token.Length: > 0, ConversationId.Length: > 0 })
            throw new HttpRequestException("Direct Line tokens/generate answered without a token or conversation id.");
        return new WebChatToken(generated.Token, generated.ConversationId, userId, domain, WebSocket: true, generated.ExpiresIn);
    }

    private sealed record Generated(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
