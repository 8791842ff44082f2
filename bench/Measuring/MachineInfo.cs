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

    // The distribution and the kernel: OSDescription gives only one of them, depending on the platform.
    private static string OsName() => $"{RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})";

    public static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ProcFirst(string path, string key)
    {
        if (!File.Exists(path))
            return null;
        return File.ReadLines(path)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
