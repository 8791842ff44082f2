using Microsoft.Bot.Builder;

namespace Leerwerk.Bot.Access;

/// <summary>The sender's e-mail address from the Teams roster: a boundary we do not own (it needs Bot Framework credentials).</summary>
internal interface ITeamsDirectory
{
    Task<string?> EmailAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
