using System.Diagnostics;
using System.Globalization;

namespace Leerwerk.Bench.Measuring;

/// <summary>Managed heap after a full collection (what the index holds) and the process working set (what the host pays).</summary>
internal sealed record Memory(long ManagedBytes, long WorkingSetBytes)
{
    public static Memory Read()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Memory(managed, process.WorkingSet64);
    }

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0} MB");
}
