using System.Text.Json.Nodes;
using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Load.Protocol;

/// <summary>
/// A message activity as a channel posts it to /api/messages, with `deliveryMode: expectReplies` so
/// the replies come back in the response. Plain JSON: only the bot references the Bot Framework.
/// </summary>
internal static class ActivityJson
{
    public static string Message(BenchUser user, string conversationId, Outgoing message)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = BenchUser.ChannelId,
            ["serviceUrl"] = "http://localhost/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "nl-NL",
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = BenchUser.TenantId },
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "leerwerk", ["name"] = "Leerwerk" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BenchUser.TenantId } },
        };
        if (message.Text is not null) activity["text"] = message.Text;
        // A Teams card submit: no text, the card's inputs and its Action.Submit data in `value`.
        if (message.CardToken is not null)
            activity["value"] = new JsonObject { ["answer"] = message.CardValue, ["leerwerkToken"] = message.CardToken };
        return activity.ToJsonString();
    }
}
