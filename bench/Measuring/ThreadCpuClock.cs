using System.Runtime.InteropServices;

namespace Leerwerk.Bench.Measuring;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared machine the wall clock
/// also counts the time the thread waited for a core; CPU time shows what the code itself costs.
/// Elsewhere it reads zero and only wall-clock times are reported.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && Read() > 0;

    public static double NowMilliseconds() => Available ? Read() : 0;

    private static double Read()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : 0;
        }
        catch (DllNotFoundException)
        {
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
