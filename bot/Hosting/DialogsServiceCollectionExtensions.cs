using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Dialogs.Texts;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogsOptions>().BindConfiguration(DialogsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => TextCatalogLoader.Load(Path.Combine(sp.GetRequiredService<IOptions<DialogsOptions>>().Value.Directory, "texts")));
        services.AddSingleton(sp => QuestionnaireCatalog.Load(Path.Combine(sp.GetRequiredService<IOptions<DialogsOptions>>().Value.Directory, "questionnaires")));
        services.AddSingleton<AnswerRecognizer>();
        services.AddSingleton(sp => new DialogEngineOptions { IdleAfter = sp.GetRequiredService<IOptions<DialogsOptions>>().Value.IdleAfter });
        services.AddSingleton(sp => new DialogEngine(
            sp.GetRequiredService<TextCatalog>(), sp.GetRequiredService<AnswerRecognizer>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DialogEngineOptions>(), sp.GetService<IInterruptionHandler>()));
        services.AddSingleton<DialogRunner>();
        // Loading at start: a broken questionnaire stops the bot with every error, not the first user.
        services.AddHostedService<DialogsStartupCheck>();
        return services;
    }
}
