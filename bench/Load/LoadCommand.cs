using System.Globalization;
using Leerwerk.Bench.Load.Running;
using Leerwerk.Bench.Load.Scripts;

namespace Leerwerk.Bench.Load;

/// <summary>
/// `dotnet run -c Release --project bench/Load -- [options]` against a running bot:
/// --url http://localhost:3978, --script intake|echo, --users 64, --warmup 10, --seconds 30 (closed loop);
/// --trace (one user, one whole intake, every turn printed); --open N [--turns 5] (N intakes left in
/// progress after a few turns each); --pid N (that process' CPU per turn and memory).
/// The bot must allow the load: raise Limits:MessagesPerMinutePerUser and Limits:RequestsPerMinutePerAddress.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var url = new Uri(Option(args, "--url") ?? "http://localhost:3978/");
        using var http = LoadDriver.CreateClient(TimeSpan.FromSeconds(30));
        var run = Guid.NewGuid().ToString("N")[..8];
        if (args.Contains("--trace"))
        {
            var completed = await LoadDriver.TraceOneIntakeAsync(url, http, output, run);
            output.WriteLine(completed ? "the intake completed" : "the intake did NOT complete");
            return completed ? 0 : 1;
        }

        if (Option(args, "--open") is { } open)
        {
            var opened = await LoadDriver.OpenConversationsAsync(url, http, int.Parse(open, CultureInfo.InvariantCulture), Number(args, "--turns", 5), Number(args, "--users", 64), run, firstUser: 100_001);
            foreach (var line in opened.Lines()) output.WriteLine(line);
            await Task.Delay(TimeSpan.FromSeconds(2));
            WriteMemory(args, output);
            return opened.Count(TurnOutcome.Error) == 0 ? 0 : 1;
        }

        var echo = Option(args, "--script") == "echo";
        var plan = new LoadPlan(url, Number(args, "--users", 64), TimeSpan.FromSeconds(Number(args, "--warmup", 10)),
            TimeSpan.FromSeconds(Number(args, "--seconds", 30)), echo ? () => new EchoScript() : () => new IntakeScript(), run,
            BotPid: Option(args, "--pid") is { } botPid ? int.Parse(botPid, CultureInfo.InvariantCulture) : null, Stagger: echo ? 0 : IntakeScript.TurnsPerIntake);
        var result = await LoadDriver.RunAsync(plan, http);
        foreach (var line in result.Lines()) output.WriteLine(line);
        WriteMemory(args, output);
        return result.Count(TurnOutcome.Error) == 0 ? 0 : 1;
    }

    private static void WriteMemory(IReadOnlyList<string> args, TextWriter output)
    {
        if (Option(args, "--pid") is { } pid && ProcessMemory.Read(int.Parse(pid, CultureInfo.InvariantCulture)) is { } memory)
            output.WriteLine($"bot memory: {ProcessMemory.Megabytes(memory.ResidentBytes)} resident, peak {ProcessMemory.Megabytes(memory.PeakResidentBytes)}");
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name) return args[i + 1];
        }

        return null;
    }

    private static int Number(IReadOnlyList<string> args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
