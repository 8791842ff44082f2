using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// One chain for documents and queries (lower case, accents folded, noise words out, Dutch Snowball stem,
/// stem repairs). Synonyms are added to a question's stems afterwards (<see cref="Lexicon"/>), so one synonym
/// entry covers every inflection ("uitvallen", "uitvalt", "uitval").
/// </summary>
internal static class DutchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Snowball stems the singular and plural of these apart; DutchAnalyzer ships the same overrides.
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    public static Analyzer Documents() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, NoiseWords.Set);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StemmerOverrideFilter(stream, Overrides);
        stream = new SnowballFilter(stream, new DutchStemmer());
        stream = new StemRepairFilter(stream);
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
