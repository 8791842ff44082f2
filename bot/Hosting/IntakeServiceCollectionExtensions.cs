using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;

namespace Leerwerk.Bot.Hosting;

internal static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkIntake(this IServiceCollection services)
    {
        services.AddSingleton<IntakeStore>();
        services.AddSingleton<IntakeSummary>();
        services.AddSingleton<IAnswerSink, IntakeSink>();
        services.AddSingleton<IChatCommand, IntakeCommands>();
        foreach (var id in new[] { IntakeSink.Klantmanager, IntakeSink.Self })
        {
            services.AddSingleton<IQuestionnaireCompletion>(sp => ActivatorUtilities.CreateInstance<IntakeCompletion>(sp, id));
        }

        return services;
    }
}
