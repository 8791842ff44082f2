namespace Leerwerk.Bot.Hosting;

/// <summary>
/// The Bot Framework keys at the root of the configuration (their usual place, also in Azure). Empty
/// means local mode: nothing to authenticate, and the bot cannot start a conversation itself.
/// </summary>
internal sealed class BotCredentials
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsLocal => string.IsNullOrEmpty(MicrosoftAppId);
}
