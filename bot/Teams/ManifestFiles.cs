namespace Leerwerk.Bot.Teams;

/// <summary>
/// The files of the Teams app package. The build copies them from manifest/ to a folder beside the
/// bot, so `manifest pack` works from any directory and in a published bot.
/// </summary>
internal static class ManifestFiles
{
    public const string Manifest = "manifest.json";
    public const string English = "en-us.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static IReadOnlyList<string> All { get; } = [Manifest, English, ColorIcon, OutlineIcon];

    public static string BesideBot => Path.Combine(AppContext.BaseDirectory, "manifest");
}
