using System.Collections.Concurrent;
using Leerwerk.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// The tokens of the local Direct Line, in memory: a restart ends every Web Chat session (the page
/// then opens a new conversation). Several bot instances would need a shared store, or Azure's Direct Line.
/// </summary>
internal sealed class DirectLineTokens(TimeProvider time, IOptions<DirectLineOptions> options)
{
    private readonly ConcurrentDictionary<string, DirectLineGrant> _grants = new(StringComparer.Ordinal);

    public DirectLineGrant Issue(DirectLineConversation conversation)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var grant = new DirectLineGrant(RandomIds.New(32), conversation.Id, conversation.UserId, now.AddMinutes(options.Value.TokenMinutes));
        _grants[grant.Token] = grant;
        conversation.KeepUntil(grant.ExpiresAt);
        return grant;
    }

    /// <summary>The grant of a token, expired ones included: the caller tells expired from valid.</summary>
    public DirectLineGrant? Find(string token) => _grants.TryGetValue(token, out var grant) ? grant : null;

    /// <summary>
    /// Expired tokens are kept for one more lifetime, so that a page coming back from sleep hears
    /// "expired" (403, and Web Chat says so) rather than "unknown".
    /// </summary>
    private void Sweep(DateTimeOffset now)
    {
        var forgetBefore = now.AddMinutes(-options.Value.TokenMinutes);
        foreach (var (token, grant) in _grants)
        {
            if (grant.ExpiresAt < forgetBefore) _grants.TryRemove(token, out _);
        }
    }
}
