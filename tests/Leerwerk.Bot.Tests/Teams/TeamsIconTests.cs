using System.Text.Json.Nodes;
using Leerwerk.Bot.Teams;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Teams;

[Collection(TeamsPackageCollection.Name)]
public sealed class TeamsIconTests(TeamsPackageFixture package)
{
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_InThePackage_SizeTeamsAsks(string name, int size)
    {
        var icon = PngReader.Read(package.Entry(name));

        Assert.Equal((size, size), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_EveryPixel_WhiteOrFullyTransparent()
    {
        var icon = PngReader.Read(package.Entry("outline.png"));
        var pixels = Enumerable.Range(0, icon.Height).SelectMany(y => Enumerable.Range(0, icon.Width).Select(x => icon.At(x, y))).ToList();

        Assert.All(pixels, p => Assert.True(p.A == 0 || p is (255, 255, 255, 255), $"pixel {p}"));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Fact]
    public void ColorIcon_Background_TheAccentColor()
    {
        var accent = (string)JsonNode.Parse(package.Entry("manifest.json"))!["accentColor"]!;
        var icon = PngReader.Read(package.Entry("color.png"));

        var (r, g, b, a) = icon.At(96, 12);

        Assert.Equal(accent, $"#{r:X2}{g:X2}{b:X2}", ignoreCase: true);
        Assert.Equal(255, a);
        Assert.Equal(0, icon.At(0, 0).A);
    }

    [Fact]
    public async Task ManifestIcons_DrawnAgain_SamePixelsAsTheCommittedIcons()
    {
        var folder = Path.Combine(package.Folder, "icons");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(ManifestFiles.BesideBot, "manifest.json"), Path.Combine(folder, "manifest.json"));

        var (code, _) = await Cli.RunAsync(package.Host, string.Empty, "manifest", "icons", "--dir", folder);

        Assert.Equal(0, code);
        foreach (var name in new[] { "color.png", "outline.png" })
        {
            // Pixels, not bytes: another zlib may compress the same pixels differently.
            var drawn = PngReader.Read(File.ReadAllBytes(Path.Combine(folder, name)));
            var committed = PngReader.Read(package.Entry(name));
            Assert.True(drawn.Pixels.SequenceEqual(committed.Pixels), $"{name} differs from what `manifest icons` draws; run it and keep the result");
        }
    }

    [Fact]
    public void Crc32_CheckString_StandardValue()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
