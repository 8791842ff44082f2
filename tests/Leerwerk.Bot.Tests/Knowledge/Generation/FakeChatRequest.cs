using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

/// <summary>One chat completions request as the fake server received it.</summary>
public sealed partial record FakeChatRequest(int Number, string Path, string? ApiVersion, string? ApiKey, string System, string User)
{
    /// <summary>The ids of the lessons in the user message, in order.</summary>
    public IReadOnlyList<string> LessonIds => [.. LessonTag().Matches(User).Select(m => m.Groups[1].Value)];

    internal static FakeChatRequest From(HttpRequest request, JsonNode body, int number)
    {
        var messages = body["messages"]?.AsArray() ?? [];
        return new FakeChatRequest(
            number,
            request.Path.Value ?? string.Empty,
            request.Query["api-version"],
            request.Headers["api-key"],
            Content(messages, "system"),
            Content(messages, "user"));
    }

    // A message's content is a string or a list of parts, depending on the SDK's choice.
    private static string Content(JsonArray messages, string role) => string.Join("\n", messages
        .Where(m => m?["role"]?.GetValue<string>() == role)
        .Select(m => m!["content"] switch
        {
            JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
            JsonNode text => text.GetValue<string>(),
            null => string.Empty,
        }));

    [GeneratedRegex("<les id=\"([^\"]+)\">")]
    private static partial Regex LessonTag();
}
