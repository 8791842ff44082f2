using Leerwerk.Bot.DirectLine;
using Leerwerk.Bot.WebChat;

namespace Leerwerk.Bot.Hosting;

internal static class WebChatEndpoints
{
    /// <summary>
    /// `GET /`: the Web Chat page (bot/wwwroot); `POST /api/webchat/token`: its Direct Line token; and,
    /// when on, the bot's own Direct Line under /v3/directline.
    /// </summary>
    public static WebApplication MapLeerwerkWebChat(this WebApplication app)
    {
        if (!WebChatFiles.Find(app.Environment, app.Configuration))
            app.Logger.LogWarning("Web Chat page not found (bot/wwwroot/{Page}); build the bot to make the bundle", WebChatFiles.Page);
        // Only the page's files: bot replies are small and differ per user.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/webchat"), branch => branch.UseResponseCompression());
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapPost("/api/webchat/token", async (HttpRequest request, WebChatTokens tokens, ILogger<WebChatTokens> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                var token = await tokens.IssueAsync(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), cancellationToken);
                return token is null
                    ? Results.Json(new { error = "Web Chat is off: set WebChat:DirectLineSecret or turn DirectLine on." }, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(token);
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                logger.LogError(e, "No Direct Line token from Azure");
                return Results.Json(new { error = "Direct Line did not answer." }, statusCode: StatusCodes.Status502BadGateway);
            }
        });

        if (app.Services.GetRequiredService<DirectLineSwitch>().Enabled) app.MapLeerwerkDirectLine();
        return app;
    }
}
