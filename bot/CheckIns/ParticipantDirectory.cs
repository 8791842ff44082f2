using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.CheckIns;

/// <summary>
/// The participants a user follows: a jobcoach their caseload, a klantmanager those whose intake they
/// lead, a regisseur everyone in their trajecten.
/// </summary>
internal sealed class ParticipantDirectory(IDbContextFactory<LeerwerkDb> dbFactory, Caseload caseload)
{
    public async Task<IReadOnlyList<TrajectParticipant>> VisibleAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regisseurOf = await db.TrajectMembers.AsNoTracking().Where(m => m.UserId == userId && m.Role == "regisseur").Select(m => m.TrajectId).ToListAsync(cancellationToken);
        var intakes = await db.Intakes.AsNoTracking().Where(i => i.KlantmanagerId == userId).Select(i => i.Id).ToListAsync(cancellationToken);
        var others = await db.TrajectParticipants.AsNoTracking()
            .Where(p => regisseurOf.Contains(p.TrajectId) || (p.IntakeId != null && intakes.Contains(p.IntakeId))).ToListAsync(cancellationToken);
        return (await caseload.ForAsync(userId, cancellationToken)).Concat(others).DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
