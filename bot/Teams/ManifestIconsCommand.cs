using System.Text.Json.Nodes;
using Leerwerk.Bot.Terminal;

namespace Leerwerk.Bot.Teams;

/// <summary>
/// `manifest icons [--dir manifest]`: draws color.png and outline.png again, in the manifest's
/// accentColor. Run it after changing the mark or the colour, and keep the PNGs it writes.
/// </summary>
internal sealed class ManifestIconsCommand : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["manifest", "icons"];

    public string Usage => "manifest icons [--dir <map>]   teken color.png en outline.png opnieuw (standaard in manifest/)";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(arguments.Option("dir") ?? "manifest");
        var manifestPath = Path.Combine(directory, ManifestFiles.Manifest);
        if (!File.Exists(manifestPath))
        {
            await output.WriteLineAsync($"{manifestPath} bestaat niet; geef de map met --dir.");
            return 2;
        }

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath, cancellationToken));
        if (manifest?["accentColor"]?.GetValue<string>() is not { } hex || !Rgba.TryParse(hex, out var accent))
        {
            await output.WriteLineAsync($"{manifestPath} heeft geen accentColor als #1E6F8C.");
            return 1;
        }

        await File.WriteAllBytesAsync(Path.Combine(directory, ManifestFiles.ColorIcon), PngEncoder.Encode(IconPainter.Color(accent)), cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(directory, ManifestFiles.OutlineIcon), PngEncoder.Encode(IconPainter.Outline()), cancellationToken);
        await output.WriteLineAsync($"Geschreven: {ManifestFiles.ColorIcon} ({IconPainter.ColorSize}×{IconPainter.ColorSize}) en {ManifestFiles.OutlineIcon} ({IconPainter.OutlineSize}×{IconPainter.OutlineSize}) in {directory}");
        return 0;
    }
}
