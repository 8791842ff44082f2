using Leerwerk.Bot.Trajecten;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Whose retention period is over. A person's last moment is the latest of: the end of their trajecten,
/// their intake's last change, their last check-in (nazorg can run past the plan); with a traject that
/// is its end, without one the intake. One person is one intake with its traject places, or a traject
/// place without an intake; never a name, which two people can share.
/// </summary>
internal static class RetentionCandidates
{
    public static async Task<(IReadOnlyList<string> IntakeIds, IReadOnlyList<long> ParticipantIds)> ExpiredAsync(LeerwerkDb db, DateOnly cutoff, CancellationToken cancellationToken)
    {
        var intakes = await db.Intakes.AsNoTracking().Select(i => new { i.Id, i.UpdatedAt }).ToListAsync(cancellationToken);
        var participants = await db.TrajectParticipants.AsNoTracking().Select(p => new { p.Id, p.IntakeId, p.TrajectId }).ToListAsync(cancellationToken);
        var ends = (await db.Trajecten.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(t => t.Id, TrajectStore.End);
        var lastCheckIns = await db.CheckIns.AsNoTracking().GroupBy(c => c.ParticipantId).Select(g => new { Id = g.Key, Last = g.Max(c => c.Date) }).ToDictionaryAsync(c => c.Id, c => c.Last, cancellationToken);
        DateOnly Last(long participantId, string trajectId) => Max(ends.GetValueOrDefault(trajectId), lastCheckIns.GetValueOrDefault(participantId));

        var intakeIds = intakes.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var expiredIntakes = intakes
            .Where(i => participants.Where(p => p.IntakeId == i.Id).Select(p => Last(p.Id, p.TrajectId))
                .Aggregate(DateOnly.FromDateTime(i.UpdatedAt.UtcDateTime), Max) < cutoff)
            .Select(i => i.Id).ToList();
        var expiredParticipants = participants
            .Where(p => (p.IntakeId is null || !intakeIds.Contains(p.IntakeId)) && Last(p.Id, p.TrajectId) < cutoff)
            .Select(p => p.Id).ToList();
        return (expiredIntakes, expiredParticipants);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
