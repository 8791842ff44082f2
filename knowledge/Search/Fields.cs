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

    public const string LessonKind = "lesson";
    public const string PassageKind = "passage";

    /// <summary>
    /// Query-time weights: a title says the lesson in one sentence, so a match there means more than one
    /// in the body; section headings are often generic ("Inleiding") and count less.
    /// </summary>
    public static readonly (string Field, float Boost)[] Searched =
    [
        (Title, 2.0f), (Body, 1.0f), (Themes, 1.2f), (Section, 0.5f),
    ];
}
