using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

/// <summary>
/// In Production the bot does not start without Bot Framework credentials: without them anyone could
/// post to /api/messages as any user. `dotnet run` uses Development (bot/Properties/launchSettings.json).
/// </summary>
internal sealed class BotCredentialsValidation(IHostEnvironment environment) : IValidateOptions<BotCredentials>
{
    public ValidateOptionsResult Validate(string? name, BotCredentials options)
    {
        if (!environment.IsProduction()) return ValidateOptionsResult.Success;
        if (options.IsLocal)
        {
            return ValidateOptionsResult.Fail(
                "In Production heeft de bot Bot Framework-gegevens nodig: zet MicrosoftAppId en MicrosoftAppPassword " +
                "(of MicrosoftAppType=UserAssignedMSI met MicrosoftAppTenantId). Voor lokaal gebruik: ASPNETCORE_ENVIRONMENT=Development.");
        }

        var managedIdentity = string.Equals(options.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!managedIdentity && string.IsNullOrEmpty(options.MicrosoftAppPassword))
            return ValidateOptionsResult.Fail("MicrosoftAppId is gezet maar MicrosoftAppPassword ontbreekt (of gebruik MicrosoftAppType=UserAssignedMSI).");
        if (managedIdentity && string.IsNullOrEmpty(options.MicrosoftAppTenantId))
            return ValidateOptionsResult.Fail("MicrosoftAppType=UserAssignedMSI heeft MicrosoftAppTenantId nodig.");
        return ValidateOptionsResult.Success;
    }
}
