using Leerwerk.Bot.Terminal;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Terminal;

public sealed class DemoInTerminalTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Chat_DemoWithBackAndChange_CompletesWithNumberedChoices()
    {
        using var host = new BotHost(_database);
        _ = host.Server;
        var chat = host.Services.GetServices<ICliCommand>().Single(c => c.Name[0] == "chat");
        using var output = new StringWriter();
        const string Input = "demo\nAmir\nterug\nSara\n2\nwijzig\n2\n3\n1\nnee\n20\n1500 euro\ntwee jaar\n1-3\n";

        await chat.RunAsync(CliArguments.Parse([]), new StringReader(Input), output, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("1. Klantmanager", text, StringComparison.Ordinal);
        Assert.Contains("🚲 Fiets", text, StringComparison.Ordinal);
        Assert.Contains("Je vorige antwoord: Amir", text, StringComparison.Ordinal);
        Assert.Contains("Klaar", text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
