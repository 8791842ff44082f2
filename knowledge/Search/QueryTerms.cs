using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Leerwerk.Knowledge.Search;

/// <summary>Turns a question into its content words, each with the synonyms the synonym list adds.</summary>
internal static class QueryTerms
{
    private const string SynonymType = "SYNONYM";

    public static IReadOnlyList<TermGroup> Analyze(Analyzer analyzer, string text)
    {
        var groups = new List<(string Original, List<string> Synonyms)>();
        using var stream = analyzer.GetTokenStream(Fields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var skipping = false;
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            var isSynonym = type.Type == SynonymType;
            // Later words of a multi-word synonym arrive at a new position; they still belong to the same word.
            if (groups.Count > 0 && (increment.PositionIncrement == 0 || isSynonym))
            {
                if (skipping)
                    continue;
                var last = groups[^1];
                if (word != last.Original && !last.Synonyms.Contains(word))
                    last.Synonyms.Add(word);
            }
            else
            {
                // A repeated word counts once, with the synonyms it already got.
                skipping = groups.Any(g => g.Original == word);
                if (!skipping)
                    groups.Add((word, []));
            }
        }

        stream.End();
        return groups.Select(g => new TermGroup(g.Original, g.Synonyms)).ToList();
    }
}
