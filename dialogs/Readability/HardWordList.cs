namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// Words to avoid for statushouders, read from `dialogs/readability/moeilijke-woorden.txt`: one word
/// per line, `#` starts a comment. A listed word also catches its inflections and compounds
/// ("traject" in "trajecten" and "leerwerktraject").
/// </summary>
public sealed class HardWordList
{
    public const string FileName = "moeilijke-woorden.txt";

    // Shorter entries match only whole words: "bbl" must not catch some other word that starts so.
    private const int MinLengthForParts = 6;

    private readonly IReadOnlyList<string> _words;

    public HardWordList(IEnumerable<string> words) =>
        _words = [.. words.Select(Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> Words => _words;

    public static HardWordList Load(string path) => Parse(File.ReadAllLines(path));

    public static HardWordList Parse(IEnumerable<string> lines) =>
        new(lines.Select(l => l.Split('#', 2)[0].Trim()).Where(l => l.Length > 0));

    /// <summary>The listed word that <paramref name="word"/> is or contains, or null.</summary>
    public string? Match(string word)
    {
        var normal = Normalize(word);
        if (normal.Length == 0) return null;
        return _words.FirstOrDefault(w => normal == w
            || (w.Length >= MinLengthForParts && (normal.StartsWith(w, StringComparison.Ordinal) || normal.EndsWith(w, StringComparison.Ordinal))));
    }

    // "re-integratie" and "reintegratie" are the same word to the reader.
    private static string Normalize(string word) =>
        new([.. word.ToLowerInvariant().Where(c => c is not ('-' or '\'' or '’'))]);
}
