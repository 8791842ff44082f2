using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `DirectLine` section: the Direct Line 3.0 endpoint that the bot serves itself for Web Chat.</summary>
internal sealed record DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Unset: on, except in Production with Bot Framework credentials, where it is on only with a
    /// <see cref="Secret"/>. A bot without credentials takes anything on /api/messages already, so an
    /// open Direct Line there exposes nothing new.
    /// </summary>
    public bool? Enabled { get; init; }

    /// <summary>When set, `tokens/generate` and starting a conversation without a token require it as Bearer.</summary>
    public string? Secret { get; init; }

    /// <summary>How long a token lives; Web Chat refreshes it every 15 minutes while the page is open.</summary>
    [Range(16, 24 * 60)]
    public int TokenMinutes { get; init; } = 30;
}
