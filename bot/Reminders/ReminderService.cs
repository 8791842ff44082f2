using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Reminders;

/// <summary>Looks for due check-ins and overdue commitments every interval, on the injected clock.</summary>
internal sealed class ReminderService(ReminderSender sender, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await sender.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder round failed; the next round tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
