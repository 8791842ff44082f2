using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Knowledge;

/// <summary>The `Knowledge` section of appsettings.json.</summary>
internal sealed record KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Where `reports.yaml`, `synonyms.txt` and `lessons/` are; by default the copy beside the binary.</summary>
    [Required]
    public string Directory { get; init; } = Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>The reports' text files, if at hand: lesson line ranges are then checked against them.</summary>
    public string? SeedsDirectory { get; init; }
}
