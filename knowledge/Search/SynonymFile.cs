using Leerwerk.Knowledge.Lessons;
using Lucene.Net.Analysis.Synonym;

namespace Leerwerk.Knowledge.Search;

/// <summary>Reads the Solr-format synonym list; entries go through the document chain so they match stems.</summary>
internal static class SynonymFile
{
    public const string FileName = "synonyms.txt";

    public static SynonymMap Load(string? path)
    {
        using var analyzer = DutchAnalysis.Documents();
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        if (path is null || !File.Exists(path))
            return parser.Build();

        try
        {
            using var reader = new StreamReader(path);
            parser.Parse(reader);
            return parser.Build();
        }
        catch (Exception e) when (e is Lucene.Net.QueryParsers.Classic.ParseException or ArgumentException or FormatException)
        {
            // A word that is a stop word analyzes to nothing; say which file so it can be fixed.
            throw new KnowledgeLoadException([new LessonError(FileName, "synoniemen", e.Message)]);
        }
    }
}
