using System.Text.Json.Nodes;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

/// <summary>What the fake server answers: a minimal chat.completion, or an error, after a delay.</summary>
public sealed record FakeChatResponse(int Status, string Content, TimeSpan Delay)
{
    public static FakeChatResponse Text(string content) => new(200, content, TimeSpan.Zero);

    public static FakeChatResponse Throttled() => new(429, string.Empty, TimeSpan.Zero);

    public static FakeChatResponse Slow(TimeSpan delay, string content) => new(200, content, delay);

    public string Json() => Status != 200
        ? new JsonObject { ["error"] = new JsonObject { ["code"] = Status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "fake error" } }.ToJsonString()
        : new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "gpt-4o",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
        }.ToJsonString();
}
