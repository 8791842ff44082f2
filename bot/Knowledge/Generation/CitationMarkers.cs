using System.Text.RegularExpressions;
using Leerwerk.Knowledge.Search;

namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>
/// Turns the model's [000-012] markers into the sources the renderers know, "(Bron: ...)": in Teams they
/// become [1] citations, elsewhere they stay readable. A marker naming no lesson the model was given is a
/// made-up citation and is removed.
/// </summary>
internal static partial class CitationMarkers
{
    public static WrittenAnswer? Resolve(string modelText, IReadOnlyList<SearchHit> hits)
    {
        var byId = hits.GroupBy(h => h.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var cited = new List<string>();
        var text = Marker().Replace(modelText, match =>
        {
            var valid = match.Groups["ids"].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(id => byId.GetValueOrDefault(id))
                .OfType<SearchHit>()
                .DistinctBy(h => h.Id)
                .ToList();
            foreach (var hit in valid.Where(h => !cited.Contains(h.Id))) cited.Add(hit.Id);
            return string.Concat(valid.Select(h => " (" + h.Citation + ")"));
        }).Trim();

        // Without a valid citation nothing shows the answer comes from the lessons: the extractive answer is safer.
        return cited.Count == 0 || text.Length == 0 ? null : new WrittenAnswer(text, cited);
    }

    // One or more ids in square brackets, with the blanks before it (the source takes their place). Not a
    // Markdown link "[text](url)".
    [GeneratedRegex(@"[ \t]*\[\s*(?<ids>[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*[,;]\s*[A-Za-z0-9][A-Za-z0-9._-]*)*)\s*\](?!\()")]
    private static partial Regex Marker();
}
