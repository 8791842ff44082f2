using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Words that carry no topic: Lucene's Dutch stop words plus the way people phrase a question in a chat
/// ("hoe kunnen wij ... het beste ..."). Left in, they would make an off-topic question look half answered.
/// </summary>
internal static class NoiseWords
{
    private static readonly string[] QuestionWords =
    [
        "wij", "we", "jullie", "jij", "jou", "jouw", "onze", "ons", "mijn", "mij", "ik", "je", "u", "uw",
        "hoe", "wat", "waar", "waarom", "wanneer", "welke", "welk", "wie", "hoeveel", "hoelang", "waarmee",
        "waardoor", "waarvoor", "waarop", "wordt", "worden", "kan", "kun", "kunt", "kunnen", "mag", "mogen",
        "moet", "moeten", "zal", "zullen", "zou", "zouden", "wil", "willen", "wilt", "doe", "doen",
        "doet", "ga", "gaat", "gaan", "krijg", "krijgt", "krijgen", "heb", "hebt", "heeft", "hebben",
        "is", "zijn", "ben", "bent", "er", "eigenlijk", "even", "nou", "toch", "graag", "precies", "ergens",
        "iemand", "iets", "beste", "best", "goed", "goede", "manier", "manieren", "tips", "tip", "advies",
        "vraag", "vragen", "weet", "weten", "zeggen", "zegt", "zeg", "rapport", "rapporten", "staat", "over",
        "eens", "dan", "nu", "al", "nog", "ook", "wel", "niet", "geen", "meer", "veel", "zo", "dit", "deze",
        "die", "dat", "het", "een", "de", "als", "of", "bij", "met", "voor", "van", "naar", "op", "aan",
        "in", "uit", "om", "te", "tot", "door", "zonder", "tegen", "na", "ze", "zij", "hij", "hun",
        "hen", "zelf", "elkaar", "daar", "hier", "dus", "want", "maar", "en", "omdat", "zodat",
        "soms", "vaak", "altijd", "nooit", "regel", "regelen", "aanpak", "aanpakken", "zit", "zitten",
        "zo'n", "z'n", "zn", "m'n", "niks", "echt", "weer", "eigen", "dingen", "ding", "oké", "ok", "hè",
        // Loose verb particles; Particles joins them to their verb first.
        "af", "mee", "toe", "binnen",
        "paar", "zodra", "hele", "heel", "ongeveer", "bijna", "straks", "binnenkort",
    ];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, DutchAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in QuestionWords)
            set.Add(word);
        return set.AsReadOnly();
    }
}
