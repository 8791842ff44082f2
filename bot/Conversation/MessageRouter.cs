using Leerwerk.Bot.Hosting;
using Leerwerk.Dialogs.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Conversation;

/// <summary>Decides what a message means: a command, an answer, a question, or none of these.</summary>
internal sealed class MessageRouter(TextCatalog texts, IOptions<BotOptions> options)
{
    public Task<IReadOnlyList<IActivity>> HandleMessageAsync(ITurnContext<IMessageActivity> turnContext, TurnSession session, CancellationToken cancellationToken)
    {
        session.Conversation.Turns++;
        var language = session.User.Language;
        var text = (turnContext.Activity.Text ?? string.Empty).Trim();
        IReadOnlyList<IActivity> replies = text switch
        {
            "" => [Say("empty_message", language)],
            _ when text.Length > options.Value.MaxMessageLength =>
                [Say("too_long", language, ("max", options.Value.MaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            _ when Commands.IsHelp(text) => [Say("help", language)],
            _ when Commands.IsGreeting(text) => [Say("welcome", language)],
            _ => [Say("unknown", language)],
        };
        return Task.FromResult(replies);
    }

    public IReadOnlyList<IActivity> Welcome(TurnSession session) => [Say("welcome", session.User.Language)];

    private IActivity Say(string key, string language, params (string, string)[] values) =>
        MessageFactory.Text(texts.Get(key, language, values));
}
