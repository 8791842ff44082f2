using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Knowledge.Generation;
using Leerwerk.Bot.Terminal;
using Leerwerk.Bot.Translation;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

/// <summary>
/// Plain language: `taal check` measures every text a statushouder reads. With Azure OpenAI configured
/// (the `AzureOpenAI` section, bound and validated by AddLeerwerkKnowledge): Dutch translations of
/// answers in other languages, and questionnaires in languages without a translation file.
/// </summary>
internal static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkLanguage(this IServiceCollection services)
    {
        // The texts are read when the command runs, from the folder in `Dialogs:Directory`.
        services.AddSingleton<ICliCommand, TaalCheckCommand>();

        services.AddSingleton<AzureOpenAITranslator>();
        services.AddSingleton<TranslationCache>();
        services.AddSingleton<MachineBotTexts>();
        // Whether a model translates needs the configuration, known only once the container is built.
        // Translators registered by hand win; none means nothing is translated and nothing changes.
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value.IsConfigured;
            var azure = configured ? sp.GetRequiredService<AzureOpenAITranslator>() : null;
            return new MachineTranslation(sp.GetService<IAnswerTranslator>() ?? azure, sp.GetService<ITextTranslator>() ?? azure);
        });
        // Handles nothing while MachineTranslation.Texts is null, so without Azure OpenAI it is inert.
        services.AddSingleton<IQuestionnaireTailor, MachineTranslationTailor>();
        return services;
    }
}
