using Leerwerk.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Rendering;

/// <summary>
/// Teams shows sources as citations ([1] in the text, the source on hover), model-written text with
/// the "AI generated" label, and thumbs up/down when the feedback loop is on.
/// </summary>
internal static class TeamsAnswer
{
    public static void Decorate(IMessageActivity activity, Reply reply)
    {
        if (reply.Citations.Count == 0 && !reply.AiGenerated && !reply.AsksFeedback) return;
        var text = activity.Text ?? string.Empty;
        foreach (var citation in reply.Citations)
            text = text.Replace($"({citation.Source})", $"[{citation.Position}]", StringComparison.Ordinal);
        activity.Text = text;

        var message = new JObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["citation"] = new JArray(reply.Citations.Select(c => new JObject
            {
                ["@type"] = "Claim",
                ["position"] = c.Position,
                ["appearance"] = new JObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = c.Title,
                    ["abstract"] = $"{c.Source}. {c.Abstract}",
                },
            })),
        };
        if (reply.AiGenerated) message["additionalType"] = new JArray("AIGeneratedContent");
        activity.Entities ??= [];
        activity.Entities.Add(new Entity("https://schema.org/Message") { Properties = message });
        if (reply.AsksFeedback) activity.ChannelData = new JObject { ["feedbackLoopEnabled"] = true };
    }
}
