using System.Globalization;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Reminders;

/// <summary>What should be remembered today: check-ins that are due, to their jobcoach; overdue commitments, to their party and the regisseur.</summary>
internal sealed class ReminderPlanner(IDbContextFactory<LeerwerkDb> dbFactory)
{
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var planned = new List<PlannedReminder>();
        var checkIns = await db.CheckIns.AsNoTracking().ToListAsync(cancellationToken);
        var participants = await db.TrajectParticipants.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var last in checkIns.GroupBy(c => c.ParticipantId).Select(g => g.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).First()))
        {
            if (last.NextDate is not { } due || due > today || !participants.TryGetValue(last.ParticipantId, out var participant)) continue;
            planned.Add(new PlannedReminder(last.JobcoachId, $"checkin:{participant.Id}",
                string.Create(CultureInfo.InvariantCulture, $"⏰ De check-in met **{participant.Name}** stond gepland voor {due:d-M-yyyy}. Typ **checkin {participant.Name}: ...** om hem vast te leggen.")));
        }

        var members = await db.TrajectMembers.AsNoTracking().ToListAsync(cancellationToken);
        var commitments = await db.Commitments.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var commitment in commitments.Where(c => TrajectStore.IsOverdue(c, today)))
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"⏰ Afspraak **{commitment.Id}** is te laat (uiterlijk {commitment.DueDate:d-M-yyyy}): {commitment.What}. Typ **afspraak {commitment.Id} gedaan**, **bezig** of **uitgesteld tot ...**.");
            foreach (var member in members.Where(m => m.UserId is not null && m.TrajectId == commitment.TrajectId && (m.Role == commitment.PartyRole || m.Role == "regisseur")))
                planned.Add(new PlannedReminder(member.UserId!, $"afspraak:{commitment.Id}", text));
        }

        return planned;
    }
}
