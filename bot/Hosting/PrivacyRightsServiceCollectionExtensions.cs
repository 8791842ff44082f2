using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Privacy;

namespace Leerwerk.Bot.Hosting;

internal static class PrivacyRightsServiceCollectionExtensions
{
    /// <summary>A person's rights: `inzage`, `verwijder` with confirmation, and the retention period enforced daily.</summary>
    public static IServiceCollection AddLeerwerkPrivacyRights(this IServiceCollection services)
    {
        services.AddSingleton<PersonalState>();
        services.AddSingleton<PersonalData>();
        services.AddSingleton<PersonEraser>();
        services.AddSingleton<IChatCommand, PrivacyCommands>();
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
