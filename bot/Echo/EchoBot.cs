using Leerwerk.Bot.Limits;
using Leerwerk.Dialogs.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Echo;

/// <summary>
/// Says back what it got, with the per-user limit the real bot applies: what a turn costs without our
/// dialogs, state and store. The benchmark compares the real bot against it (`Bot:Mode=Echo`).
/// </summary>
internal sealed class EchoBot(UserThrottle throttle, TextCatalog texts) : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = throttle.Allow(turnContext.Activity.From?.Id ?? "onbekend")
            ? turnContext.Activity.Text ?? string.Empty
            : texts.Get("slow_down", Language.Dutch);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
