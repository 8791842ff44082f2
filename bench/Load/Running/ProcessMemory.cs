using System.Globalization;

namespace Leerwerk.Bench.Load.Running;

/// <summary>
/// A process' resident memory from /proc/&lt;pid&gt;/status (Linux): what it costs the host now (VmRSS)
/// and at most so far (VmHWM); of the resident part, what is the process' own (RssAnon: heaps, JIT code)
/// and what are mapped files (RssFile: the assemblies). Null elsewhere, or when the process is gone.
/// </summary>
internal sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes, long AnonymousBytes = 0, long FileBytes = 0)
{
    public static ProcessMemory? Read(int pid)
    {
        var path = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
        try
        {
            var lines = File.ReadAllLines(path);
            return new ProcessMemory(Kilobytes(lines, "VmRSS:") * 1024, Kilobytes(lines, "VmHWM:") * 1024,
                Kilobytes(lines, "RssAnon:") * 1024, Kilobytes(lines, "RssFile:") * 1024);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0} MB");

    private static long Kilobytes(string[] lines, string key) =>
        lines.Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
