using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `Bot` section of appsettings.json.</summary>
internal sealed record BotOptions
{
    public const string Section = "Bot";

    /// <summary>Longer messages get a kind reply instead of being processed.</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; init; } = 4000;
}
