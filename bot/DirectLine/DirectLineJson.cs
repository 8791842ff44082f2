using Newtonsoft.Json;

namespace Leerwerk.Bot.DirectLine;

/// <summary>Activities as JSON the way Bot Framework writes them (Newtonsoft, nulls left out).</summary>
internal static class DirectLineJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        // Timestamps stay as sent, offset included.
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);

    public static IResult Result(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Serialize(value), "application/json", System.Text.Encoding.UTF8, statusCode);
}
