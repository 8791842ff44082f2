namespace Leerwerk.Bot.Trajecten;

/// <summary>The six topics of the checklist's canvas (report 002, Bijlage B), plus each party's own part.</summary>
internal static class TrajectTopics
{
    public const string Responsibilities = "verantwoordelijkheden";

    public static readonly IReadOnlyList<(string Id, string Title)> Canvas =
    [
        ("taalondersteuning", "(Taal)ondersteuning"),
        ("begeleiding", "Extra begeleiding"),
        ("werving", "Werving en selectie"),
        ("voortraject", "Voortraject"),
        ("leerwerk", "Leer- en werkcomponent"),
        ("matching", "Matching en plaatsing"),
    ];

    public static readonly IReadOnlyList<string> Parties =
        ["regisseur", "werkgever", "intermediair", "opleider", "taalopleider", "expertise_partner", "verbinder", "mentor", "jobcoach", "statushouder"];

    public static readonly IReadOnlyList<string> Phases = ["voortraject", "werving", "voorschakel", "leerwerk", "nazorg"];

    public static string Title(string topic) =>
        topic == Responsibilities ? "Verantwoordelijkheden" : Canvas.FirstOrDefault(t => t.Id == topic).Title ?? topic;

    public static string PartyTitle(string role) => role switch
    {
        "expertise_partner" => "expertisepartner",
        "mentor" => "mentor/buddy",
        "taalopleider" => "taalopleider",
        _ => role,
    };
}
