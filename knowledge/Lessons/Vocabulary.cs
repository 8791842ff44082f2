namespace Leerwerk.Knowledge.Lessons;

/// <summary>The closed word lists of knowledge/lessons/README.md.</summary>
public static class Vocabulary
{
    /// <summary>Written in <c>phases</c> to mean every phase.</summary>
    public const string AllPhases = "alle";

    public static IReadOnlySet<string> Themes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "financiering", "samenwerking", "regie", "werkgevers", "werving", "selectie", "intake", "taal",
        "opleiding", "certificering", "begeleiding", "cultuur", "verwachtingen", "uitval", "randvoorwaarden",
        "vervoer", "kinderopvang", "digitaal", "gezondheid", "inkomen", "inburgering", "plaatsing", "nazorg",
        "monitoring", "planning", "draagvlak", "matching", "mentor", "levensfase", "motivatie", "netwerk",
        "kennisdeling", "diversiteit",
    };

    public static IReadOnlySet<string> Roles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "klantmanager", "jobcoach", "regisseur", "werkgever", "opleider", "statushouder", "intermediair",
    };

    public static IReadOnlyList<string> Phases { get; } =
        ["voortraject", "werving", "intake", "voorschakeltraject", "leerwerktraject", "plaatsing", "nazorg"];
}
