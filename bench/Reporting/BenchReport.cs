namespace Leerwerk.Bench.Reporting;

/// <summary>What one benchmark measured: its table rows and the notes that say how.</summary>
internal sealed record BenchReport(string Name, IReadOnlyList<ResultRow> Rows, IReadOnlyList<string> Notes)
{
    public static BenchReport Combine(string name, IEnumerable<BenchReport> reports)
    {
        var list = reports.ToList();
        return new BenchReport(name, [.. list.SelectMany(r => r.Rows)], [.. list.SelectMany(r => r.Notes.Select(n => $"{r.Name}: {n}"))]);
    }
}
