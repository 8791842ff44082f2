using System.Text.Json;

namespace Leerwerk.Bench.Load.Protocol;

/// <summary>The replies of one turn (the `activities` of an expectReplies response): their texts and the last card question.</summary>
internal sealed record BotReplies(IReadOnlyList<string> Texts, CardQuestion? Card)
{
    public static BotReplies Empty { get; } = new([], null);

    /// <summary>All that was said, text and card lines, to look for a word in.</summary>
    public string AllText => string.Join("\n", Texts.Concat(Card is null ? [] : [Card.Text]));

    public static BotReplies Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (!document.RootElement.TryGetProperty("activities", out var activities)) return Empty;
        var texts = new List<string>();
        CardQuestion? card = null;
        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String) texts.Add(text.GetString()!);
            if (!activity.TryGetProperty("attachments", out var attachments)) continue;
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.TryGetProperty("content", out var content) && ReadCard(content) is { } found) card = found;
            }
        }

        return new BotReplies(texts, card);
    }

    private static CardQuestion? ReadCard(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object || !card.TryGetProperty("body", out var body)) return null;
        var lines = new List<string>();
        List<string>? values = null;
        var multi = false;
        foreach (var element in body.EnumerateArray())
        {
            var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "TextBlock") lines.Add(element.GetProperty("text").GetString() ?? "");
            if (type != "Input.ChoiceSet") continue;
            values = [.. element.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString() ?? "")];
            multi = element.TryGetProperty("isMultiSelect", out var m) && m.ValueKind == JsonValueKind.True;
        }

        var token = card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(a => a.TryGetProperty("data", out var d) && d.TryGetProperty("leerwerkToken", out var k) ? k.GetString() : null).FirstOrDefault(k => k is not null)
            : null;
        return values is { Count: > 0 } && token is not null ? new CardQuestion(string.Join("\n", lines), values, multi, token) : null;
    }
}
