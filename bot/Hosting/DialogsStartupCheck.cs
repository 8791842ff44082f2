using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Hosting;

/// <summary>Resolves texts and questionnaires when the host starts, so their errors stop the start.</summary>
internal sealed class DialogsStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TextCatalog>();
        _ = services.GetRequiredService<QuestionnaireCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
