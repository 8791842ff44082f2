using Leerwerk.Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>Runs a `dotnet run --project bot -- ...` command inside a test host.</summary>
public static class Cli
{
    public static async Task<(int Code, string Output)> RunAsync(BotHost host, string input, params string[] words)
    {
        _ = host.Server; // starts the host: migrations, index
        var commands = host.Services.GetServices<ICliCommand>().ToList();
        var command = commands.Where(c => c.Name.Count <= words.Length && c.Name.Select((w, i) => w == words[i]).All(x => x)).MaxBy(c => c.Name.Count)
            ?? throw new InvalidOperationException($"no command {string.Join(' ', words)}");
        using var output = new StringWriter();
        var code = await command.RunAsync(CliArguments.Parse(words.Skip(command.Name.Count)), new StringReader(input), output, CancellationToken.None);
        return (code, output.ToString());
    }
}
