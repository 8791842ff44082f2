using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Knowledge;

internal static class TeamsFeedback
{
    /// <summary>Teams sends the comment as a JSON string inside the JSON: {"feedbackText": "..."}.</summary>
    public static string? Comment(string? feedback)
    {
        if (string.IsNullOrWhiteSpace(feedback)) return null;
        try
        {
            return JObject.Parse(feedback).Value<string>("feedbackText") is { Length: > 0 } text ? text[..Math.Min(text.Length, 1000)] : null;
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
