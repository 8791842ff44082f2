namespace Leerwerk.Knowledge.Lessons;

/// <summary>What a lesson is checked against: the known reports and, when the seeds are present, their lengths.</summary>
internal sealed record LessonRules(IReadOnlySet<string> ReportIds, IReadOnlyDictionary<string, int> ReportLineCounts)
{
    // README asks for at most about 90 words; the margin keeps a long but honest lesson from failing the build.
    public const int MaxBodyWords = 120;
}
