using Leerwerk.Bot.Terminal;

namespace Leerwerk.Bot.Hosting;

/// <summary>Plain language: `taal check` measures every text a statushouder reads.</summary>
internal static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkLanguage(this IServiceCollection services)
    {
        // The texts are read when the command runs, from the folder in `Dialogs:Directory`.
        services.AddSingleton<ICliCommand, TaalCheckCommand>();
        return services;
    }
}
