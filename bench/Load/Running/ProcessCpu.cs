using System.Globalization;

namespace Leerwerk.Bench.Load.Running;

/// <summary>
/// CPU time a process has used so far (user + system, /proc/&lt;pid&gt;/stat, Linux). Per turn it is the
/// cost of the work itself, whatever else runs on the machine; wall-clock latency also counts the waiting.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime; 100 on every Linux the runtime supports.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
