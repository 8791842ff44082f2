using Leerwerk.Bot.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Conversation;

/// <summary>What the user said: typed text, or a card submit (its answer and the token of its step).</summary>
internal sealed record UserInput(string Text, string? Token)
{
    public static UserInput From(IMessageActivity activity)
    {
        if (activity.Value is JObject value && value.Value<string>(ChoiceCard.TokenField) is { } token)
        {
            var answer = value[ChoiceCard.AnswerField]?.ToString() ?? string.Empty;
            return new UserInput(string.IsNullOrWhiteSpace(answer) ? activity.Text ?? string.Empty : answer, token);
        }

        return new UserInput(activity.Text ?? string.Empty, null);
    }
}
