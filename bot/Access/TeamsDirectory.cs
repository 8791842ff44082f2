using Leerwerk.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>Asks Teams for the sender's e-mail (user principal name); in local mode there is no roster to ask.</summary>
internal sealed class TeamsDirectory(IOptions<BotCredentials> credentials, ILogger<TeamsDirectory> logger) : ITeamsDirectory
{
    // A person's address does not change between their messages: ask Teams once per user per process.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _emails = new();

    public async Task<string?> EmailAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (credentials.Value.IsLocal || turnContext.Activity.ChannelId != "msteams") return null;
        var userId = turnContext.Activity.From.Id;
        if (_emails.TryGetValue(userId, out var known)) return known;
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, userId, cancellationToken);
            return _emails[userId] = member.Email ?? member.UserPrincipalName;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without the roster the person can still be matched by name or object id.
            logger.LogWarning("Teams roster lookup failed: {Error}", exception.GetType().Name);
            return null;
        }
    }
}
