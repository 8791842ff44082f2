using System.Reflection;

namespace Leerwerk.Bench.Hosting;

/// <summary>
/// The bot's Leerwerk.Bot.dll, built in the benchmark's own configuration: bench's project file
/// references bot/ (without using its code), so `dotnet run --project bench` builds both.
/// </summary>
internal static class BotBinary
{
    public static string Path =>
        typeof(BotBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "BotDll")?.Value
        ?? throw new InvalidOperationException("no BotDll metadata: see bench/Leerwerk.Bench.csproj");
}
