using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Leerwerk.Bench.Measuring;

/// <summary>
/// What the numbers were measured on. The load average is kept too: the benchmark machines are shared,
/// and a busy neighbour shows in the tail percentiles.
/// </summary>
internal sealed record MachineInfo(int Cores, string Cpu, string Os, string Runtime, string Gc, string LoadAverage)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ProcFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        OsName(),
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : ""),
        ReadLoadAverage());

    public IEnumerable<string> Lines() =>
    [
        $"cores (nproc): {Cores.ToString(CultureInfo.InvariantCulture)}",
        $"CPU: {Cpu}",
        $"OS: {Os}",
        $".NET: {Runtime}",
        $"GC: {Gc}",
        $"load average at start (1, 5, 15 min): {LoadAverage}",
    ];

    // /etc/os-release names the distribution; OSDescription alone only gives the kernel.
    private static string OsName()
    {
        var pretty = ProcFirst("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"');
        return pretty is null ? RuntimeInformation.OSDescription : $"{pretty} ({RuntimeInformation.OSDescription})";
    }

    private static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ProcFirst(string path, string key, char separator = ':')
    {
        if (!File.Exists(path))
            return null;
        return File.ReadLines(path)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
