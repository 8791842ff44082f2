namespace Leerwerk.Bot.Hosting;

internal static class TeamsServiceCollectionExtensions
{
    /// <summary>The Teams app package: `manifest pack`.</summary>
    public static IServiceCollection AddLeerwerkTeams(this IServiceCollection services) => services;
}
