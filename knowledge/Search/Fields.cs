namespace Leerwerk.Knowledge.Search;

internal static class Fields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Source = "source";
    public const string Role = "role";
    public const string Theme = "theme";
    public const string Phase = "phase";
    public const string Title = "title";
    public const string Body = "body";
    public const string Themes = "themes";
    public const string Section = "section";

    /// <summary>The parts of the compounds in title and body, as stems: "traject" for "voorschakeltraject".</summary>
    public const string Parts = "parts";

    public const string LessonKind = "lesson";
    public const string PassageKind = "passage";

    /// <summary>
    /// Query-time weights: a title says the lesson in one sentence, so a match there means more than one
    /// in the body; section headings are often generic ("Inleiding") and count less, and so does a word
    /// that is only part of a compound.
    /// </summary>
    public static readonly (string Field, float Boost)[] Searched =
    [
        (Title, 1.2f), (Body, 1.0f), (Themes, 1.2f), (Section, 0.3f), (Parts, Compounds.PartWeight),
    ];
}
