using Leerwerk.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.DirectLine;

/// <summary>Who may do what on the local Direct Line: the secret opens conversations, a token talks in one.</summary>
internal sealed class DirectLineAccess(IOptions<DirectLineOptions> options, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public bool IsSecret(string? bearer) => BearerToken.IsSecret(bearer, options.Value.Secret);

    /// <summary>With a secret configured only its holder opens conversations; without one (local use), anyone.</summary>
    public bool MayOpen(string? bearer) => string.IsNullOrEmpty(options.Value.Secret) || IsSecret(bearer);

    /// <summary>A new conversation and its first token. Direct Line user ids start with `dl_`.</summary>
    public DirectLineGrant Open(string? userId = null) =>
        tokens.Issue(conversations.Create(userId is { Length: > 3 and <= 64 } && userId.StartsWith("dl_", StringComparison.Ordinal) ? userId : "dl_" + RandomIds.New(12)));

    /// <summary>A fresh token for the conversation of a valid one (Web Chat refreshes every 15 minutes).</summary>
    public DirectLineGrant Refresh(DirectLineConversation conversation) => tokens.Issue(conversation);

    /// <summary>The conversation a bearer token may use; <paramref name="conversationId"/> null means the token's own.</summary>
    public DirectLineCheck Check(string? bearer, string? conversationId)
    {
        if (string.IsNullOrEmpty(bearer)) return DirectLineCheck.Fail(StatusCodes.Status401Unauthorized, "MissingToken", "Authorization: Bearer <token> is required.");
        var grant = tokens.Find(bearer);
        if (grant is null || (conversationId is not null && grant.ConversationId != conversationId))
            return DirectLineCheck.Fail(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid for this conversation.");
        if (grant.IsExpired(Now)) return DirectLineCheck.Fail(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");
        return conversations.Find(grant.ConversationId) is { } conversation
            ? new DirectLineCheck(conversation, grant, null)
            : DirectLineCheck.Fail(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
    }
}
