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
        using (var first = new BotHost(_database))
        {
            var (code, output) = await Cli.RunAsync(first, string.Empty, "knowledge", "import", file, "--title", "Verslag Zwolle");
            Assert.Equal(0, code);
            Assert.Contains("verslag-zwolle", output, StringComparison.Ordinal);
        }

        using var second = new BotHost(_database);
        var (_, answer) = await Cli.RunAsync(second, string.Empty, "ask", "hoogwerkercertificaat zonnepanelen daken?");
        Assert.Contains("Verslag Zwolle", answer, StringComparison.Ordinal);
        var (_, list) = await Cli.RunAsync(second, string.Empty, "knowledge", "list");
        Assert.Contains("Verslag Zwolle", list, StringComparison.Ordinal);

        var (removed, _) = await Cli.RunAsync(second, string.Empty, "knowledge", "remove", "verslag-zwolle");
        Assert.Equal(0, removed);
        var (_, after) = await Cli.RunAsync(second, string.Empty, "ask", "hoogwerkercertificaat zonnepanelen daken?");
        Assert.DoesNotContain("Verslag Zwolle", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Pdf_SplitByPageAndCitedByPage()
    {
        var file = Path.Combine(Path.GetDirectoryName(_database.Path)!, "verslag.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, TwoPagePdf());
        using var host = new BotHost(_database);

        var (code, output) = await Cli.RunAsync(host, string.Empty, "knowledge", "import", file, "--title", "Pilot Almere");
        var (_, answer) = await Cli.RunAsync(host, string.Empty, "ask", "lasrobot werkplaats oefenen?", "--json");

        Assert.Equal(0, code);
        Assert.Contains("2 stukken", output, StringComparison.Ordinal);
        Assert.Contains("pagina 2", answer, StringComparison.Ordinal);
        Assert.Contains("Pilot Almere", answer, StringComparison.Ordinal);
    }

    /// <summary>A PDF the test writes itself: page 1 about intake, page 2 about a welding robot.</summary>
    private static byte[] TwoPagePdf()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("De intake duurde twee gesprekken met een tolk.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Deelnemers oefenden in de werkplaats met een lasrobot.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    public void Dispose() => _database.Dispose();
}
