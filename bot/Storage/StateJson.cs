using Newtonsoft.Json;

namespace Leerwerk.Bot.Storage;

internal static class StateJson
{
    /// <summary>No type names in stored JSON: state must survive a rename of a class.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };
}
