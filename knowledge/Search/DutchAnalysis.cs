using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// One chain for documents and queries (lower case, accents folded, noise words out, Dutch Snowball stem),
/// with the domain synonyms added at query time only, after stemming, so one synonym entry covers every
/// inflection ("uitvallen", "uitvalt", "uitval").
/// </summary>
internal static class DutchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Snowball stems the singular and plural of these apart; DutchAnalyzer ships the same overrides.
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    public static Analyzer Documents() => Create(synonyms: null);

    public static Analyzer Queries(SynonymMap synonyms) => Create(synonyms);

    private static Analyzer Create(SynonymMap? synonyms) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, NoiseWords.Set);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StemmerOverrideFilter(stream, Overrides);
        stream = new SnowballFilter(stream, new DutchStemmer());
        if (synonyms is not null)
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        builder.Add("kind", "kinder");
        builder.Add("kinderen", "kinder");
        builder.Add("fiets", "fiets");
        builder.Add("fietsen", "fiets");
        return builder.Build();
    }
}
