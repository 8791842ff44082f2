using Leerwerk.Knowledge;

namespace Leerwerk.Bot.Knowledge;

/// <summary>Builds the index and adds the imported reports when the host starts (after migrations).</summary>
internal sealed class KnowledgeStartup(KnowledgeBase knowledge, ImportedDocuments imports) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        knowledge.AddPassages(await imports.AllPassagesAsync(cancellationToken));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
