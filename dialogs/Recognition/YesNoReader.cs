using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads ja/nee answers in Dutch, English, Arabic and a few languages of statushouders, and thumbs.</summary>
internal static partial class YesNoReader
{
    // Whole answers. Dutch and English first; Arabic, Turkish, Ukrainian and Russian because those are
    // languages statushouders type in when they are unsure of their Dutch.
    private static readonly FrozenSet<string> _yes = Folded(
        "ja", "jawel", "jazeker", "jaja", "jep", "jup", "ja hoor", "ja graag", "ja zeker", "ja klopt", "ja dat klopt",
        "klopt", "dat klopt", "klopt helemaal", "zeker", "zeker weten", "goed", "is goed", "prima", "oke", "ok", "okay",
        "okee", "oki", "akkoord", "correct", "juist", "inderdaad", "natuurlijk", "uiteraard", "absoluut", "graag", "tuurlijk",
        "dat is goed", "dat is prima", "is prima", "doe maar", "dat mag", "prima hoor", "goed hoor", "klopt hoor",
        "yes", "yep", "yup", "yeah", "yea", "sure", "of course", "y", "j", "yes please", "right",
        "نعم", "أجل", "ايوه", "ايوا", "اي", "evet", "так", "да");

    private static readonly FrozenSet<string> _no = Folded(
        "nee", "neen", "nee hoor", "nope", "niet", "nooit", "geen", "nee dank je", "nee dankje", "nee bedankt", "nee dank u",
        "klopt niet", "dat klopt niet", "niet echt", "zeker niet", "helemaal niet", "absoluut niet", "echt niet", "nog niet", "nog nooit",
        "liever niet", "hoeft niet", "niet nodig", "dat hoeft niet",
        "no", "n", "nah", "never", "not", "no thanks", "not really", "absolutely not",
        "لا", "كلا", "hayir", "ні", "нет");

    // A first word that carries the answer whatever follows: "ja, ik heb een fiets", "nee, ik heb geen fiets".
    private static readonly FrozenSet<string> _yesOpeners = Folded("ja", "jawel", "jazeker", "jaja", "yes", "yep", "yeah", "klopt", "zeker", "prima", "oke", "ok", "goed", "sure", "نعم", "evet");
    private static readonly FrozenSet<string> _noOpeners = Folded("nee", "neen", "no", "nope", "nooit", "never", "لا", "hayir");

    // Words that make any answer unclear: "ja, soms", "weet ik niet", "misschien".
    private static readonly FrozenSet<string> _unclear = Folded("misschien", "weet", "soms", "twijfel", "geen idee", "maybe", "perhaps", "sometimes", "idk", "unsure");

    public static bool? Read(string text)
    {
        var folded = Squeeze(TextFolding.Fold(text));
        if (folded.Length == 0) return Thumbs(text);
        if (_yes.Contains(folded)) return true;
        if (_no.Contains(folded)) return false;

        var words = TextFolding.Words(folded);
        if (words.Any(_unclear.Contains) || _unclear.Any(u => u.Contains(' ') && folded.Contains(u, StringComparison.Ordinal))) return null;

        var first = words[0];
        var rest = words.Skip(1).ToList();
        bool? answer = null;
        if (_noOpeners.Contains(first)) answer = false;
        else if (_yesOpeners.Contains(first)) answer = rest is ["niet", ..] ? false : true; // "klopt niet helemaal"

        // "ja nee" and "nee, ja" say both: ask again.
        var contradicts = answer == true ? rest.Any(_noOpeners.Contains) : answer == false && rest.Any(w => w is "ja" or "yes" or "jawel");
        return contradicts ? null : answer ?? Thumbs(text);
    }

    /// <summary>Stretched words: "jaaaa" is "ja", "neeee" is "nee".</summary>
    private static string Squeeze(string folded) => Stretched().Replace(folded, m => m.Groups[1].Value switch
    {
        "a" when m.Index > 0 && folded[m.Index - 1] == 'j' => "a",
        "e" => "ee",
        var letter => letter,
    });

    private static bool? Thumbs(string text)
    {
        var yes = text.Contains("👍", StringComparison.Ordinal) || text.Contains('✅') || text.Contains('✔') || text.Contains('☑') || text.Contains("👌", StringComparison.Ordinal);
        var no = text.Contains("👎", StringComparison.Ordinal) || text.Contains('❌') || text.Contains('✖') || text.Contains("🚫", StringComparison.Ordinal);
        return yes == no ? null : yes;
    }

    private static FrozenSet<string> Folded(params string[] words) => words.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex Stretched();
}
