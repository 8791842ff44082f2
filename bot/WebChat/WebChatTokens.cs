using Leerwerk.Bot.DirectLine;
using Leerwerk.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.WebChat;

/// <summary>
/// `POST /api/webchat/token`: the page's way in. With WebChat:DirectLineSecret a token from Azure's
/// Direct Line; else, when the local Direct Line is on, one of ours; else none (503).
/// </summary>
internal sealed class WebChatTokens(IOptions<WebChatOptions> options, DirectLineSwitch localDirectLine, DirectLineAccess access, AzureDirectLineClient azure)
{
    public async Task<WebChatToken?> IssueAsync(Uri origin, CancellationToken cancellationToken)
    {
        if (options.Value.UsesAzure) return await azure.GenerateAsync("dl_" + RandomIds.New(12), cancellationToken);
        if (!localDirectLine.Enabled) return null;
        var grant = access.Open();
        return new WebChatToken(grant.Token, grant.ConversationId, grant.UserId, new Uri(origin, DirectLineEndpoints.BasePath).ToString(),
            WebSocket: false, grant.ExpiresInSeconds(access.Now));
    }
}
