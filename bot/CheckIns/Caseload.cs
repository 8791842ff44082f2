using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.CheckIns;

/// <summary>A jobcoach's participants: those they coach, and everyone in the trajecten they are jobcoach of.</summary>
internal sealed class Caseload(IDbContextFactory<LeerwerkDb> dbFactory)
{
    public async Task<IReadOnlyList<TrajectParticipant>> ForAsync(string jobcoachId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trajecten = await db.TrajectMembers.AsNoTracking().Where(m => m.UserId == jobcoachId && m.Role == "jobcoach").Select(m => m.TrajectId).ToListAsync(cancellationToken);
        var participants = await db.TrajectParticipants.AsNoTracking()
            .Where(p => p.JobcoachId == jobcoachId || trajecten.Contains(p.TrajectId)).ToListAsync(cancellationToken);
        return participants.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<TrajectParticipant?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TrajectParticipants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>By name or the start of it, among the participants this user may see.</summary>
    public static TrajectParticipant? Match(IReadOnlyList<TrajectParticipant> caseload, string name) =>
        caseload.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? caseload.Where(p => p.Name.StartsWith(name.Trim(), StringComparison.OrdinalIgnoreCase)).Take(2).ToList() switch { [var only] => only, _ => null };

    public static string ChoiceId(TrajectParticipant participant) => "p" + participant.Id;

    public static long? ParticipantId(string? choiceId) =>
        choiceId is ['p', .. var digits] && long.TryParse(digits, out var id) ? id : null;
}
