using Leerwerk.Bench.Measuring;

namespace Leerwerk.Bench.Reporting;

/// <summary>Prints a report's table and notes, writes its files, and turns a missed goal into exit code 1.</summary>
internal static class ReportOutput
{
    public static int Publish(BenchReport report, MachineInfo machine, TextWriter output)
    {
        foreach (var line in ResultTable.Lines(report.Rows).Concat(report.Notes.Select(n => "- " + n)))
            output.WriteLine(line);
        var date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        output.WriteLine($"written: {ResultFile.Write(report, date, machine, GitCommit.Describe())}");
        return report.Rows.Any(r => r.Missed) ? 1 : 0;
    }
}
