namespace Leerwerk.Bot.DirectLine;

/// <summary>What a token allows: talking in one conversation, as one user, until it expires.</summary>
internal sealed record DirectLineGrant(string Token, string ConversationId, string UserId, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public int ExpiresInSeconds(DateTimeOffset now) => Math.Max(0, (int)(ExpiresAt - now).TotalSeconds);
}
