using Leerwerk.Bot.CheckIns;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Reminders;
using Leerwerk.Bot.Trajecten;

namespace Leerwerk.Bot.Hosting;

internal static class CheckInServiceCollectionExtensions
{
    /// <summary>Jobcoach check-ins, dropout signals and reminders.</summary>
    public static IServiceCollection AddLeerwerkCheckIns(this IServiceCollection services)
    {
        services.AddSingleton<Caseload>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<ParticipantDirectory>();
        services.AddSingleton<QuickLogReader>();
        services.AddSingleton<IQuestionnaireTailor, CheckInTailor>();
        services.AddSingleton<IParticipantFacts, LastCheckInFact>();
        foreach (var id in new[] { CheckInIds.Full, CheckInIds.Quick })
            services.AddSingleton<IQuestionnaireCompletion>(sp => ActivatorUtilities.CreateInstance<CheckInCompletion>(sp, id));
        services.AddSingleton<IChatCommand, CheckInCommands>();
        services.AddSingleton<IChatCommand, SignalCommands>();
        services.AddSingleton<IChatCommand, ReminderCommands>();

        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserChannels>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ReminderSender>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
