using System.Text.Json;
using System.Text.RegularExpressions;
using Leerwerk.Bot.Tests.Knowledge.Generation;

namespace Leerwerk.Bot.Tests.Translation;

/// <summary>How the fake Azure OpenAI server translates: recognisably, so a test sees where a text came from.</summary>
internal static partial class FakeTranslations
{
    public const string DutchPrefix = "NL: ";
    public const string PolishPrefix = "[PL] ";

    /// <summary>Answers into Dutch get "NL: " before them, texts from simple Dutch "[PL] ".</summary>
    public static FakeChatResponse Respond(FakeChatRequest request) => IsTextRequest(request)
        ? FakeChatResponse.Text(JsonSerializer.Serialize(Texts(request).ToDictionary(t => t.Key, t => PolishPrefix + t.Value)))
        : FakeChatResponse.Text(DutchPrefix + Answer(request));

    /// <summary>A request to translate bot texts (a JSON object of key → simple Dutch), not an answer.</summary>
    public static bool IsTextRequest(FakeChatRequest request) => request.System.Contains("JSON-object", StringComparison.Ordinal);

    public static Dictionary<string, string> Texts(FakeChatRequest request) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(request.User) ?? [];

    public static string Answer(FakeChatRequest request) => AnswerTag().Match(request.User).Groups[1].Value.Trim();

    [GeneratedRegex("<antwoord>(.*)</antwoord>", RegexOptions.Singleline)]
    private static partial Regex AnswerTag();
}
