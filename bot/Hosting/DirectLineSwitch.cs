using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

/// <summary>Whether the local Direct Line endpoint is on, from the options, the environment and the credentials.</summary>
internal sealed class DirectLineSwitch(IOptions<DirectLineOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public bool HasSecret => !string.IsNullOrEmpty(options.Value.Secret);

    public bool Enabled => options.Value.Enabled ?? (!IsGuardedDeployment(environment, configuration) || HasSecret);

    /// <summary>Production with a Microsoft App ID: a real deployment, where an open endpoint would go around Bot Framework auth.</summary>
    public static bool IsGuardedDeployment(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsProduction() && !string.IsNullOrEmpty(configuration["MicrosoftAppId"]);
}
