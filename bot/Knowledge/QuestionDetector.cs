namespace Leerwerk.Bot.Knowledge;

/// <summary>Whether a message outside a questionnaire asks something the reports may answer.</summary>
internal static class QuestionDetector
{
    private static readonly string[] Starts =
        ["hoe ", "wat ", "waarom ", "wie ", "welke ", "wanneer ", "waar ", "hoeveel ", "kan ", "kun ", "kunnen ", "mag ", "moet ", "moeten ",
         "is er", "zijn er", "heeft ", "hebben ", "werkt ", "how ", "what ", "why ", "who ", "which ", "when ", "where ", "can ", "should "];

    /// <summary>The question in a message: `vraag ...` is always one; otherwise it must read like one.</summary>
    public static string? Question(string text)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (lower.StartsWith("vraag ", StringComparison.Ordinal) || lower.StartsWith("vraag:", StringComparison.Ordinal))
            return trimmed[6..].Trim();
        if (trimmed.Length < 8) return null;
        return trimmed.EndsWith('?') || Starts.Any(s => lower.StartsWith(s, StringComparison.Ordinal)) ? trimmed : null;
    }
}
