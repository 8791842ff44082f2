using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `Bot` section of appsettings.json.</summary>
internal sealed record BotOptions
{
    public const string Section = "Bot";

    /// <summary>Longer messages get a kind reply instead of being processed.</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; init; } = 4000;

    /// <summary>
    /// `Leerwerk` (the bot) or `Echo`: the same host, adapter, middleware and limits around a bot that
    /// only says back what it got. The benchmark's floor (docs/PERFORMANCE.md); never for users.
    /// </summary>
    [Required, RegularExpression("^(Leerwerk|Echo)$", ErrorMessage = "Bot:Mode is Leerwerk of Echo.")]
    public string Mode { get; init; } = "Leerwerk";

    public bool IsEcho => Mode == "Echo";
}
