namespace Leerwerk.Bench.Reporting;

/// <summary>The results as a Markdown table: readable in the terminal and pasted as is into docs/PERFORMANCE.md.</summary>
internal static class ResultTable
{
    public static IEnumerable<string> Lines(IEnumerable<ResultRow> rows)
    {
        yield return "| measure | result | goal | status |";
        yield return "|---|---|---|---|";
        foreach (var row in rows)
            yield return $"| {row.Measure} | {row.Value} | {row.Goal} | {row.Status} |";
    }
}
