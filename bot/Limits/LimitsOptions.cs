using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Limits;

/// <summary>The `Limits` section of appsettings.json: what one user or one address may send.</summary>
internal sealed record LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Messages per user per minute; more get a kind "slow down" and are not processed.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinutePerUser { get; init; } = 30;

    /// <summary>
    /// Requests per address per minute. Generous: behind Azure Bot Service every user arrives from the
    /// same few addresses, so this guards against a flood, not against one person.
    /// </summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerAddress { get; init; } = 1200;

    /// <summary>The largest request body accepted; an activity is a few kilobytes.</summary>
    [Range(1024, 10_000_000)]
    public long MaxRequestBodyBytes { get; init; } = 256 * 1024;
}
