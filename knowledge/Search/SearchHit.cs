using Leerwerk.Knowledge.Lessons;
using Leerwerk.Knowledge.Passages;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// A lesson or a passage that matched. Exactly one of <see cref="Lesson"/> and <see cref="Passage"/> is set;
/// <see cref="ReportId"/> and <see cref="Lines"/> are only known for lessons.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? ReportId,
    string SourceTitle,
    string Section,
    IReadOnlyList<LineRange> Lines,
    float Score,
    string Citation,
    string Text,
    Lesson? Lesson,
    Passage? Passage);
