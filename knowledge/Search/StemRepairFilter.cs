using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Evens out what the Dutch Snowball stemmer leaves apart, on documents and questions alike:
/// "bedrijven" → "bedrijv" next to "bedrijf", "reizen" → "reiz" next to "reis", "stoppen" → "stopp" next
/// to "stop", and "collega's" → "collega'" next to "collega".
/// </summary>
internal sealed class StemRepairFilter(TokenStream input) : TokenFilter(input)
{
    private const int MinLength = 4;

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IKeywordAttribute _keyword = input.AddAttribute<IKeywordAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (_keyword.IsKeyword)
            return true;

        var length = _term.Length;
        var buffer = _term.Buffer;
        // A plural on 's (taxi's, collega's) keeps its apostrophe through the stemmer.
        while (length > 1 && buffer[length - 1] is '\'' or '’')
            length--;
        if (length >= MinLength)
        {
            // Dutch voices a final f and s between vowels: bedrijf/bedrijven, reis/reizen.
            if (buffer[length - 1] == 'v')
                buffer[length - 1] = 'f';
            else if (buffer[length - 1] == 'z')
                buffer[length - 1] = 's';
            // A short vowel doubles the consonant before -en (stoppen, snappen, lessen); Snowball only undoes kk/dd/tt.
            if (buffer[length - 1] == buffer[length - 2] && !IsVowel(buffer[length - 1]))
                length--;
        }

        _term.Length = length;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
