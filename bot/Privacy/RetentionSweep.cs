using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Texts;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Privacy;

/// <summary>Erases everyone whose retention period is over, with the same eraser as `verwijder`; the audit log names the actor `bewaartermijn`.</summary>
internal sealed class RetentionSweep(
    IDbContextFactory<LeerwerkDb> dbFactory, PersonalData data, PersonEraser eraser, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionSweep> logger)
{
    public const string Actor = "bewaartermijn";

    private static readonly TurnInfo Sweeper = new("systeem", Actor, Actor, null, Language.Dutch);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var cutoff = today.AddMonths(-options.Value.RetentionMonths);
        (IReadOnlyList<string> intakes, IReadOnlyList<long> participants) expired;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            expired = await RetentionCandidates.ExpiredAsync(db, cutoff, cancellationToken);

        var erased = 0;
        foreach (var id in expired.intakes) erased += await eraser.EraseAsync(await data.OfIntakeAsync(id, cancellationToken), Sweeper, new HashSet<string>(), cancellationToken);
        foreach (var id in expired.participants) erased += await eraser.EraseAsync(await data.OfParticipantAsync(id, cancellationToken), Sweeper, new HashSet<string>(), cancellationToken);
        if (erased > 0) logger.LogInformation("Retention: {Count} records past {Months} months erased", erased, options.Value.RetentionMonths);
        return erased;
    }
}
