using Leerwerk.Knowledge.Lessons;
using Leerwerk.Knowledge.Passages;

namespace Leerwerk.Knowledge.Search;

/// <summary>What the index knows of one document, lesson or passage alike.</summary>
internal sealed record IndexEntry(
    string Id,
    string SourceId,
    string Title,
    string Section,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Phases,
    Lesson? Lesson,
    Passage? Passage)
{
    public static IndexEntry From(Lesson l) =>
        new(l.Id, l.ReportId, l.Title, l.Section, l.Body, l.Themes, l.Roles, l.Phases, l, null);

    public static IndexEntry From(Passage p) =>
        new(p.Id, p.SourceId, p.Title, p.Section, p.Text, [], [], [], null, p);
}
