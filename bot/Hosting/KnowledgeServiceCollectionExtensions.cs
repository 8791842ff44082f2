using Leerwerk.Bot.Knowledge;
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
        services.AddSingleton<KnowledgeReplies>();
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
