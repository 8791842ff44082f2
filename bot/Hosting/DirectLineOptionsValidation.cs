using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

/// <summary>Stops the start when the local Direct Line is switched on in a real deployment without a secret.</summary>
internal sealed class DirectLineOptionsValidation(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options) =>
        options.Enabled == true && string.IsNullOrEmpty(options.Secret) && DirectLineSwitch.IsGuardedDeployment(environment, configuration)
            ? ValidateOptionsResult.Fail("DirectLine:Enabled is true in Production with a MicrosoftAppId but DirectLine:Secret is empty: "
                + "anyone could talk to the bot around its authentication. Set DirectLine:Secret, or use Azure's Direct Line (WebChat:DirectLineSecret).")
            : ValidateOptionsResult.Success;
}
