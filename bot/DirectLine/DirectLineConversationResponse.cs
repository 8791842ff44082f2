using System.Text.Json.Serialization;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// Direct Line 3.0's answer to tokens/generate, tokens/refresh and conversations. No streamUrl: the
/// local endpoint has no web socket, so Web Chat polls.
/// </summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    public static DirectLineConversationResponse From(DirectLineGrant grant, DateTimeOffset now) =>
        new(grant.ConversationId, grant.Token, grant.ExpiresInSeconds(now));
}
