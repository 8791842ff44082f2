using Leerwerk.Dialogs.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Leerwerk.Bot.Adapter;

/// <summary>The Bot Framework adapter for every channel: Teams, Web Chat, HTTP and the terminal.</summary>
internal sealed class LeerwerkAdapter : CloudAdapter
{
    public LeerwerkAdapter(BotFrameworkAuthentication auth, TextCatalog texts, ILogger<LeerwerkAdapter> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // The conversation id says where to look; message text and answers stay out of the log.
            logger.LogError(exception, "Turn failed in conversation {ConversationId} ({ActivityType})",
                turnContext.Activity.Conversation?.Id, turnContext.Activity.Type);
            if (turnContext.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message) return;
            var language = turnContext.TurnState.Get<string>(TurnLanguage.Key) ?? Language.Dutch;
            await turnContext.SendActivityAsync(texts.Get("turn_error", language));
        };
    }

    /// <summary>
    /// A turn from inside this process (the terminal, tests): the same pipeline as HTTP, with an empty
    /// auth header, which the adapter accepts only in local mode (no credentials configured).
    /// </summary>
    public Task<InvokeResponse> ProcessLocalAsync(Microsoft.Bot.Schema.Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);
}
