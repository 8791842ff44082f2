using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Trajecten;

namespace Leerwerk.Bot.Hosting;

internal static class TrajectServiceCollectionExtensions
{
    /// <summary>The verwachtingen checklist and the store of traject commitments.</summary>
    public static IServiceCollection AddLeerwerkTrajecten(this IServiceCollection services)
    {
        services.AddSingleton<TrajectStore>();
        services.AddSingleton<ChecklistReader>();
        services.AddSingleton<TrajectOverview>();
        services.AddSingleton<IQuestionnaireCompletion, ChecklistCompletion>();
        // The confirmation first: while a list waits for "ja", that word belongs to it.
        services.AddSingleton<IChatCommand, TrajectConfirmation>();
        services.AddSingleton<IChatCommand, CommitmentCommands>();
        services.AddSingleton<IChatCommand, TrajectCommands>();
        return services;
    }
}
