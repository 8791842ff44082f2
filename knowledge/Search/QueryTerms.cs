using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Leerwerk.Knowledge.Search;

/// <summary>Runs text through the analysis chain; the stems are the content words of a question or document.</summary>
internal static class QueryTerms
{
    public static IEnumerable<string> Stems(Analyzer analyzer, string text) => Words(analyzer, text).Select(w => w.Stem);

    /// <summary>
    /// Each stem with the word it came from, which tells a verb form ("werkt") from a noun ("gemeente"),
    /// and where that word starts.
    /// </summary>
    public static IReadOnlyList<(string Stem, string Surface, int Start)> Words(Analyzer analyzer, string text)
    {
        var words = new List<(string, string, int)>();
        using var stream = analyzer.GetTokenStream(Fields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add((term.ToString(), text[offset.StartOffset..offset.EndOffset], offset.StartOffset));
        stream.End();
        return words;
    }
}
