using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Leerwerk.Bot.Teams;

/// <summary>The Teams app package: the manifest with its placeholders filled, the English texts and the icons, at the zip root.</summary>
internal static class TeamsPackage
{
    // A fixed date on every entry: the same manifest and ids give the same zip.
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string sourceDirectory, PackRequest request)
    {
        var files = ManifestFiles.All.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(sourceDirectory, f)));
        files[ManifestFiles.Manifest] = Encoding.UTF8.GetBytes(Fill(Encoding.UTF8.GetString(files[ManifestFiles.Manifest]), request));

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in ManifestFiles.All)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(files[name]);
            }
        }

        // Built in memory first, so a failure never leaves half a zip behind.
        Directory.CreateDirectory(Path.GetDirectoryName(request.OutputPath)!);
        File.WriteAllBytes(request.OutputPath, zip.ToArray());
    }

    public static string Fill(string manifest, PackRequest request)
    {
        var filled = manifest
            .Replace("{{APP_ID}}", request.AppId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{BOT_ID}}", request.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{DOMAIN}}", request.Domain, StringComparison.Ordinal);

        // A placeholder added to manifest.json without a value here would reach Teams as text.
        if (filled.Contains("{{", StringComparison.Ordinal))
            throw new InvalidDataException($"{ManifestFiles.Manifest} heeft een plaatshouder die 'manifest pack' niet kent.");
        using var _ = JsonDocument.Parse(filled);
        return filled;
    }
}
