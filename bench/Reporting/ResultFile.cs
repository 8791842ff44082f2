using Leerwerk.Bench.Measuring;

namespace Leerwerk.Bench.Reporting;

/// <summary>Writes one run to <c>results/&lt;name&gt;-&lt;yyyy-MM-dd&gt;.md</c>; a second run on the same day replaces it.</summary>
internal static class ResultFile
{
    public const string Directory = "results";

    public static string Write(string name, DateOnly date, MachineInfo machine, IReadOnlyList<ResultRow> rows, IEnumerable<string> notes)
    {
        var lines = new List<string> { $"# Benchmark `{name}`, {date:yyyy-MM-dd}", "", "Machine:", "" };
        lines.AddRange(machine.Lines().Select(l => $"- {l}"));
        lines.Add("");
        lines.AddRange(ResultTable.Lines(rows));
        lines.Add("");
        lines.AddRange(notes.Select(n => $"- {n}"));

        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.GetFullPath(Path.Combine(Directory, $"{name}-{date:yyyy-MM-dd}.md"));
        File.WriteAllLines(path, lines);
        return path;
    }
}
