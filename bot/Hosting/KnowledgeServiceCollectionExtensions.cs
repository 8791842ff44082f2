using Leerwerk.Bot.Knowledge;
using Leerwerk.Bot.Knowledge.Generation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Knowledge;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var knowledge = KnowledgeBase.Load(options.Directory, options.SeedsDirectory);
            sp.GetRequiredService<ILogger<KnowledgeBase>>().LogInformation(
                "{Lessons} lessons indexed in {Milliseconds} ms", knowledge.Lessons.Count, (int)knowledge.IndexBuildTime.TotalMilliseconds);
            return knowledge;
        });
        services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AzureOpenAIAnswerWriter>();
        // Azure OpenAI is optional and the choice needs the configuration, known only once the container
        // is built. An IAnswerWriter registered by hand wins; no writer means extractive answers.
        services.AddSingleton(sp => new KnowledgeReplies(
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetService<IAnswerWriter>()
                ?? (sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value.IsConfigured ? sp.GetRequiredService<AzureOpenAIAnswerWriter>() : null)));
        services.AddSingleton<IInterruptionHandler, KnowledgeInterruptions>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<ImportedDocuments>();
        services.AddSingleton<IHealthFact, KnowledgeHealth>();
        // Index at start, with the imported reports: the first question must not wait, and broken
        // lesson files stop the start with every error listed.
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }
}
