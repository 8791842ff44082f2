using Leerwerk.Knowledge.Reports;

namespace Leerwerk.Knowledge.Search;

/// <summary>Turns index matches into hits that say where they come from.</summary>
internal sealed class HitFactory(IReadOnlyDictionary<string, Report> reports)
{
    // Some sections name a whole chain of headings; a citation only needs to let the reader find the place.
    private const int MaxSectionLength = 90;

    public SearchHit Create(IndexMatch match)
    {
        var entry = match.Entry;
        var source = entry.Lesson is { } lesson
            ? reports.TryGetValue(lesson.ReportId, out var report) ? report.ShortTitle : $"rapport {lesson.ReportId}"
            : entry.Passage!.SourceTitle;
        var citation = $"Bron: {source}, {Shorten(entry.Section)}";
        return new SearchHit(
            entry.Id,
            entry.Title,
            entry.Lesson?.ReportId,
            source,
            entry.Section,
            entry.Lesson?.Lines ?? [],
            match.Score,
            citation,
            entry.Text,
            entry.Lesson,
            entry.Passage);
    }

    private static string Shorten(string section)
    {
        if (section.Length <= MaxSectionLength)
            return section;
        var cut = section.LastIndexOf(' ', MaxSectionLength);
        return section[..(cut > 0 ? cut : MaxSectionLength)].TrimEnd(' ', ',', '(', '—', '-') + " …";
    }
}
