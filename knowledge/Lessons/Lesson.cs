namespace Leerwerk.Knowledge.Lessons;

/// <summary>What one report learned, in our own words, with the place in the report it rests on.</summary>
public sealed record Lesson(
    string Id,
    string Title,
    string ReportId,
    string Section,
    IReadOnlyList<LineRange> Lines,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Phases,
    string Body,
    string FilePath);
