using Leerwerk.Bot.Teams;
using Leerwerk.Bot.Terminal;

namespace Leerwerk.Bot.Hosting;

internal static class TeamsServiceCollectionExtensions
{
    /// <summary>The Teams app package: `manifest pack`, and `manifest icons` that draws its icons.</summary>
    public static IServiceCollection AddLeerwerkTeams(this IServiceCollection services)
    {
        services.AddSingleton<ICliCommand, ManifestPackCommand>();
        services.AddSingleton<ICliCommand, ManifestIconsCommand>();
        return services;
    }
}
