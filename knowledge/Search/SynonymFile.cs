using Leerwerk.Knowledge.Lessons;
using Lucene.Net.Analysis;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Reads the synonym list (Solr format, one group of equal words per line, # for comments); entries go
/// through the document chain so they match stems.
/// </summary>
internal static class SynonymFile
{
    public const string FileName = "synonyms.txt";

    public static SynonymTable Load(string? path)
    {
        if (path is null || !File.Exists(path))
            return SynonymTable.Empty;

        using var analyzer = DutchAnalysis.Documents();
        var lines = new List<IReadOnlyList<string>>();
        var errors = new List<LessonError>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Split('#')[0];
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var stems = new List<string>();
            foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // A noise word analyzes to nothing, and a phrase to several stems the table cannot hold.
                var analyzed = QueryTerms.Stems(analyzer, word).ToList();
                if (analyzed.Count == 1)
                    stems.Add(analyzed[0]);
                else
                    errors.Add(new LessonError(FileName, "synoniemen", $"regel {number}: \"{word}\" is geen los inhoudswoord"));
            }

            lines.Add(stems.Distinct().ToList());
        }

        if (errors.Count > 0)
            throw new KnowledgeLoadException(errors);
        return SynonymTable.From(lines);
    }
}
