using Leerwerk.Bot.Hosting;
using Leerwerk.Bot.Terminal;
using Microsoft.Extensions.Options;

// Not `.Language`: a namespace of that name would hide Leerwerk.Dialogs.Texts.Language in every other test.
namespace Leerwerk.Bot.Tests.PlainLanguage;

public sealed class TaalCheckCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leerwerk-taal", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_ShippedTexts_TableOfEveryTextAndExitZero()
    {
        var (code, output) = await RunAsync();

        Assert.Equal(0, code);
        Assert.StartsWith("tekst", output, StringComparison.Ordinal);
        Assert.Contains("score  niveau    moeilijke woorden", output, StringComparison.Ordinal);
        Assert.Matches(@"texts/welcome\s+\d+\s+A2", output);
        Assert.Contains("intake-zelf/roepnaam.prompt", output, StringComparison.Ordinal);
        Assert.Contains("Alle teksten zijn B1 of eenvoudiger.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JargonText_ListedAboveB1WithHardWordAndExitOne()
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        Directory.CreateDirectory(Path.Combine(_root, "texts"));
        Directory.CreateDirectory(Path.Combine(_root, "questionnaires"));
        Directory.CreateDirectory(Path.Combine(_root, "readability"));
        File.Copy(Path.Combine(dialogs, "texts", "nl.yaml"), Path.Combine(_root, "texts", "nl.yaml"));
        File.Copy(Path.Combine(dialogs, "readability", "moeilijke-woorden.txt"), Path.Combine(_root, "readability", "moeilijke-woorden.txt"));
        await File.WriteAllTextAsync(Path.Combine(_root, "texts", "nl-eenvoudig.yaml"), """
            language: nl-eenvoudig
            texts:
              welcome: "Hallo! Ik ben Leerwerk."
              traject: "Je participatie in het leerwerktraject is een randvoorwaarde."
            """);

        var (code, output) = await RunAsync(_root);

        Assert.Equal(1, code);
        Assert.Matches(@"texts/traject\s+-?\d+\s+boven B1\s+participatie, leerwerktraject, randvoorwaarde", output);
        Assert.Contains("1 tekst(en) zijn te moeilijk", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] words)
    {
        var command = new TaalCheckCommand(Options.Create(new DialogsOptions()));
        using var output = new StringWriter();
        var code = await command.RunAsync(CliArguments.Parse(words), TextReader.Null, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
