using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Knowledge;

public sealed class ImportTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Import_MarkdownReport_SearchableCitedAndSurvivesRestart()
    {
        var file = Path.Combine(Path.GetDirectoryName(_database.Path)!, "eigen.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "# Inleiding\n\nDit is een eigen verslag.\n\n# Zonnepanelen leggen\n\nIn Zwolle leerden de deelnemers zonnepanelen leggen op daken van scholen, met een hoogwerkercertificaat na zes weken.\n");
        using (var first = new BotHost(_database.Path))
        {
            var (code, output) = await Cli.RunAsync(first, string.Empty, "knowledge", "import", file, "--title", "Verslag Zwolle");
            Assert.Equal(0, code);
            Assert.Contains("verslag-zwolle", output, StringComparison.Ordinal);
        }

        using var second = new BotHost(_database.Path);
        var (_, answer) = await Cli.RunAsync(second, string.Empty, "ask", "hoogwerkercertificaat zonnepanelen daken?");
        Assert.Contains("Verslag Zwolle", answer, StringComparison.Ordinal);
        var (_, list) = await Cli.RunAsync(second, string.Empty, "knowledge", "list");
        Assert.Contains("Verslag Zwolle", list, StringComparison.Ordinal);

        var (removed, _) = await Cli.RunAsync(second, string.Empty, "knowledge", "remove", "verslag-zwolle");
        Assert.Equal(0, removed);
        var (_, after) = await Cli.RunAsync(second, string.Empty, "ask", "hoogwerkercertificaat zonnepanelen daken?");
        Assert.DoesNotContain("Verslag Zwolle", after, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
