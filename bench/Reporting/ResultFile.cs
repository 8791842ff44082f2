using System.Text.Json;
using Leerwerk.Bench.Measuring;

namespace Leerwerk.Bench.Reporting;

/// <summary>
/// Writes one run to <c>results/&lt;name&gt;-&lt;yyyy-MM-dd&gt;.md</c>, and the same as JSON beside it;
/// a second run on the same day replaces them.
/// </summary>
internal static class ResultFile
{
    public const string Directory = "results";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Write(BenchReport report, DateOnly date, MachineInfo machine, string commit)
    {
        var lines = new List<string> { $"# Benchmark `{report.Name}`, {date:yyyy-MM-dd}", "", $"Commit: {commit}", "", "Machine:", "" };
        lines.AddRange(machine.Lines().Select(l => $"- {l}"));
        lines.Add("");
        lines.AddRange(ResultTable.Lines(report.Rows));
        lines.Add("");
        lines.AddRange(report.Notes.Select(n => $"- {n}"));

        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.GetFullPath(Path.Combine(Directory, $"{report.Name}-{date:yyyy-MM-dd}"));
        File.WriteAllLines(path + ".md", lines);
        File.WriteAllText(path + ".json", JsonSerializer.Serialize(new { report.Name, Date = date, Commit = commit, Machine = machine, report.Rows, report.Notes }, Json));
        return path + ".md";
    }
}
