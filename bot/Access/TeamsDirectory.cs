using Leerwerk.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>Asks Teams for the sender's e-mail (user principal name); in local mode there is no roster to ask.</summary>
internal sealed class TeamsDirectory(IOptions<BotCredentials> credentials, ILogger<TeamsDirectory> logger) : ITeamsDirectory
{
    public async Task<string?> EmailAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (credentials.Value.IsLocal || turnContext.Activity.ChannelId != "msteams") return null;
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, turnContext.Activity.From.Id, cancellationToken);
            return member.Email ?? member.UserPrincipalName;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without the roster the person can still be matched by name or object id.
            logger.LogWarning("Teams roster lookup failed: {Error}", exception.GetType().Name);
            return null;
        }
    }
}
