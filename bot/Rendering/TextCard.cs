using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Rendering;

/// <summary>A longer text (an intake summary) as an Adaptive Card: one text block per paragraph, easy to scan.</summary>
internal static class TextCard
{
    public static Attachment Build(string text, bool rightToLeft = false)
    {
        var body = new JsonArray();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = paragraph, ["wrap"] = true, ["spacing"] = "Medium" });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["rtl"] = rightToLeft,
            ["body"] = body,
        };
        return new Attachment(ChoiceCard.ContentType, content: Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString()));
    }
}
