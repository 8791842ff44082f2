using System.Text.RegularExpressions;

namespace Leerwerk.Knowledge.Answers;

/// <summary>Shortens a lesson body to its first sentences so a chat answer stays readable.</summary>
internal static partial class Condenser
{
    public static string Condense(string text, int sentences = 2, int maxWords = 70)
    {
        var parts = SentenceEnd().Split(text.Trim());
        var kept = string.Join(' ', parts.Take(sentences)).Trim();
        var words = kept.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= maxWords ? kept : string.Join(' ', words.Take(maxWords)) + " …";
    }

    // A sentence ends at . ! or ? followed by a space and a capital, digit or quote; "o.a. de" does not split.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""'‘“(])")]
    private static partial Regex SentenceEnd();
}
