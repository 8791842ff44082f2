using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Hosting;

/// <summary>
/// How the benchmark starts the bot: Development (in Production the bot refuses to start without Bot
/// Framework credentials, and with them it would check tokens the driver cannot make), a database and
/// keys of its own, limits raised (a benchmark, not an attack), and whatever the virtual users need.
/// Everything else is the default configuration, reminders and logging included.
/// </summary>
internal static class BotSettings
{
    public static Dictionary<string, string> For(string dataDirectory, bool echo)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "leerwerk.db")}",
            ["Privacy__KeysDirectory"] = Path.Combine(dataDirectory, "keys"),
            ["Limits__MessagesPerMinutePerUser"] = "10000",
            ["Limits__RequestsPerMinutePerAddress"] = "1000000",
            ["Bot__Mode"] = echo ? "Echo" : "Leerwerk",
        };
        foreach (var (key, value) in BenchUser.BotSettings) settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return settings;
    }
}
