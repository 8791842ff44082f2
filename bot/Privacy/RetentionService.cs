namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Runs the retention sweep a minute after start and then daily, on the injected clock. Several instances may run
/// it at once: erasing what is already gone does nothing, and only the instance that deleted a record
/// writes its tombstone.
/// </summary>
internal sealed class RetentionService(RetentionSweep sweep, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Not at the very start: the first sweep would compile its queries while the first users wait.</summary>
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstRunDelay, time, stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention sweep failed; it runs again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
