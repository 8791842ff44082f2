using System.IO.Compression;
using System.Text.Json.Nodes;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Teams;

[Collection(TeamsPackageCollection.Name)]
public sealed class ManifestPackTests(TeamsPackageFixture package)
{
    [Fact]
    public void Pack_ValidIds_ZipHoldsExactlyTheFourFilesAtTheRoot()
    {
        Assert.Equal(0, package.Code);
        Assert.Contains(package.ZipPath, package.Output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(package.ZipPath);
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pack_ValidIds_ManifestValidAgainstTeamsSchema()
    {
        var manifest = JsonNode.Parse(package.Entry("manifest.json"))!;

        var results = TeamsSchemas.Evaluate(TeamsSchemas.Load(TeamsSchemas.Manifest), manifest);

        Assert.True(results.IsValid, TeamsSchemas.Describe(results));
    }

    [Fact]
    public void Pack_ValidIds_PlaceholdersFilled()
    {
        var text = System.Text.Encoding.UTF8.GetString(package.Entry("manifest.json"));
        var manifest = JsonNode.Parse(text)!;

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal(TeamsPackageFixture.AppId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackageFixture.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([TeamsPackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.StartsWith($"https://{TeamsPackageFixture.Domain}/", (string?)manifest["developer"]!["privacyUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ValidIds_EnglishTextsValidAgainstLocalizationSchema()
    {
        var english = JsonNode.Parse(package.Entry("en-us.json"))!;

        var results = TeamsSchemas.Evaluate(TeamsSchemas.Load(TeamsSchemas.Localization), english);

        Assert.True(results.IsValid, TeamsSchemas.Describe(results));
    }

    [Fact]
    public void Schema_ManifestWithPlaceholderAndUnknownField_InvalidAtBoth()
    {
        // Proves the schema really is evaluated: a check that passes everything would hide a bad package.
        var manifest = JsonNode.Parse(package.Entry("manifest.json"))!;
        manifest["bots"]![0]!["botId"] = "{{BOT_ID}}";
        manifest["onbekend"] = true;

        var results = TeamsSchemas.Evaluate(TeamsSchemas.Load(TeamsSchemas.Manifest), manifest);

        Assert.False(results.IsValid);
        var errors = TeamsSchemas.Describe(results);
        Assert.Contains("/bots/0/botId", errors, StringComparison.Ordinal);
        Assert.Contains("onbekend", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_EnglishTextsWithUnknownKey_Invalid()
    {
        var english = JsonNode.Parse(package.Entry("en-us.json"))!;
        english["naam.kort"] = "Leerwerk";

        var results = TeamsSchemas.Evaluate(TeamsSchemas.Load(TeamsSchemas.Localization), english);

        Assert.False(results.IsValid);
    }

    [Theory]
    [InlineData("--app-id", "niet-een-guid")]
    [InlineData("--bot-id", "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000")]
    public async Task Pack_BadGuid_ExitCode2AndNamesTheValue(string option, string value)
    {
        var words = Arguments(("--app-id", TeamsPackageFixture.AppId), ("--bot-id", TeamsPackageFixture.BotId), (option, value));

        var (code, output) = await Cli.RunAsync(package.Host, string.Empty, words);

        Assert.Equal(2, code);
        Assert.Contains($"{option} '{value}' is geen geldige GUID", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(package.Folder, "bad.zip")));
    }

    [Theory]
    [InlineData("https://leerwerk.gemeente.nl")]
    [InlineData("leerwerk.gemeente.nl/bot")]
    [InlineData("localhost")]
    [InlineData("-leerwerk.nl")]
    [InlineData("leer_werk.nl")]
    public async Task Pack_BadDomain_ExitCode2AndNamesTheValue(string domain)
    {
        var words = Arguments(("--app-id", TeamsPackageFixture.AppId), ("--bot-id", TeamsPackageFixture.BotId), ("--domain", domain));

        var (code, output) = await Cli.RunAsync(package.Host, string.Empty, words);

        Assert.Equal(2, code);
        Assert.Contains($"--domain '{domain}' is geen geldige domeinnaam", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_NoBotId_ExitCode2WithUsage()
    {
        var (code, output) = await Cli.RunAsync(package.Host, string.Empty, "manifest", "pack", "--app-id", TeamsPackageFixture.AppId);

        Assert.Equal(2, code);
        Assert.Contains("--bot-id ontbreekt", output, StringComparison.Ordinal);
        Assert.Contains("gebruik: manifest pack", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_OutIsAFolder_WritesLeerwerkTeamsZipInIt()
    {
        var folder = Path.Combine(package.Folder, "in-een-map");
        Directory.CreateDirectory(folder);

        var (code, _) = await Cli.RunAsync(package.Host, string.Empty, "manifest", "pack", "--app-id", TeamsPackageFixture.AppId, "--bot-id", TeamsPackageFixture.BotId, "--out", folder);

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(folder, "leerwerk-teams.zip")));
    }

    private string[] Arguments(params (string Option, string Value)[] options)
    {
        // The last value of an option wins, so a test overrides one of the good ones.
        var merged = new Dictionary<string, string>();
        foreach (var (option, value) in options) merged[option] = value;
        merged["--out"] = Path.Combine(package.Folder, "bad.zip");
        return ["manifest", "pack", .. merged.SelectMany(o => new[] { o.Key, o.Value })];
    }
}
