using System.Text.Json.Nodes;
using Leerwerk.Dialogs.Engine;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Rendering;

/// <summary>
/// An Adaptive Card with the question, its choices and a submit. Built as JSON: the AdaptiveCards
/// package is not available here, and a card is only JSON to the channel anyway.
/// </summary>
internal static class ChoiceCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The submit carries the step's token, so a click on an old card is recognised as old.</summary>
    public const string TokenField = "leerwerkToken";

    public const string AnswerField = "answer";

    public static Attachment Build(Reply reply, bool rightToLeft = false)
    {
        var choices = new JsonArray();
        foreach (var choice in reply.Choices ?? [])
            choices.Add(new JsonObject { ["title"] = choice.Emoji is null ? choice.Label : $"{choice.Emoji} {choice.Label}", ["value"] = choice.Id });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["rtl"] = rightToLeft,
            ["body"] = new JsonArray(
            [
                // One block per line: Adaptive Cards run single line breaks together.
                .. reply.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
                    (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["size"] = "Medium" }),
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = AnswerField, ["style"] = "expanded",
                    ["isMultiSelect"] = reply.MultiSelect, ["choices"] = choices,
                },
            ]),
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.Submit", ["title"] = "OK", ["data"] = new JsonObject { [TokenField] = reply.Token } },
            },
        };
        return new Attachment(ContentType, content: Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString()));
    }
}
