using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `WebChat` section: where the page's Direct Line token comes from.</summary>
internal sealed record WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>
    /// The secret of the Azure Bot's Direct Line channel. Set: `/api/webchat/token` exchanges it for a
    /// token at <see cref="DirectLineUrl"/> and the page talks to Azure. Empty: the bot's own Direct Line.
    /// </summary>
    public string? DirectLineSecret { get; init; }

    [Required, Url]
    public string DirectLineUrl { get; init; } = "https://directline.botframework.com/v3/directline";

    [Range(1, 120)]
    public int TimeoutSeconds { get; init; } = 10;

    public bool UsesAzure => !string.IsNullOrEmpty(DirectLineSecret);
}
