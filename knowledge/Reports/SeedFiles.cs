namespace Leerwerk.Knowledge.Reports;

/// <summary>
/// The report texts live outside the repository (shared/seeds); when they can be found, lesson line
/// ranges are checked against each report's line count.
/// </summary>
public static class SeedFiles
{
    /// <summary>Walks up from <paramref name="start"/> looking for a <c>shared/seeds</c> folder.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }

    internal static IReadOnlyDictionary<string, int> LineCounts(string? seedsDirectory, IEnumerable<Report> reports)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (seedsDirectory is null || !Directory.Exists(seedsDirectory))
            return counts;

        foreach (var report in reports)
        {
            var path = report.File is null ? null : Path.Combine(seedsDirectory, report.File);
            if (path is not null && File.Exists(path))
                counts[report.Id] = File.ReadLines(path).Count();
        }

        return counts;
    }
}
