using Leerwerk.Bot.Access;
using Leerwerk.Bot.CheckIns;
using Leerwerk.Bot.Intake;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Collects <see cref="PersonRecord"/>s: by name (the beheerder), for the statushouder themselves, or by
/// one intake or traject place (the retention job). A person is their intakes plus the traject places
/// linked to them; by name also traject places with that name and no intake.
/// </summary>
internal sealed class PersonalData(
    IDbContextFactory<LeerwerkDb> dbFactory, IntakeStore intakes, CheckInStore checkIns, PersonalState state, AuditLog audit)
{
    private const int AuditShown = 200;

    /// <summary><paramref name="onlyOf"/>: a statushouder's user id, who may only see intakes that are theirs.</summary>
    public async Task<PersonRecord> ByNameAsync(string name, string? onlyOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = Identity.Key(name);
        // Names are compared in memory: SQLite's lower() knows only ASCII, and names have accents.
        var all = await db.Intakes.AsNoTracking().Select(i => new { i.Id, i.ParticipantName, i.StatushouderId }).ToListAsync(cancellationToken);
        var intakeIds = all.Where(i => Identity.Key(i.ParticipantName) == key && (onlyOf is null || i.StatushouderId == onlyOf)).Select(i => i.Id).ToList();
        var participants = await db.TrajectParticipants.AsNoTracking().Select(p => new { p.Id, p.Name, p.IntakeId }).ToListAsync(cancellationToken);
        var participantIds = participants
            .Where(p => (p.IntakeId is not null && intakeIds.Contains(p.IntakeId)) || (onlyOf is null && p.IntakeId is null && Identity.Key(p.Name) == key))
            .Select(p => p.Id).ToList();
        return await BuildAsync(db, name, intakeIds, participantIds, cancellationToken);
    }

    public async Task<PersonRecord> OfUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var own = (await db.Intakes.AsNoTracking().Where(i => i.StatushouderId == userId).Select(i => new { i.Id, i.ParticipantName, i.CreatedAt }).ToListAsync(cancellationToken))
            .OrderBy(i => i.CreatedAt).ToList();
        var name = own.Select(i => i.ParticipantName).FirstOrDefault(n => n.Length > 0) ?? string.Empty;
        return await BuildAsync(db, name, own.Select(i => i.Id).ToList(), [], cancellationToken);
    }

    public async Task<PersonRecord> OfIntakeAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Intakes.AsNoTracking().Where(i => i.Id == intakeId).Select(i => i.ParticipantName).FirstOrDefaultAsync(cancellationToken);
        return await BuildAsync(db, name ?? string.Empty, name is null ? [] : [intakeId], [], cancellationToken);
    }

    public async Task<PersonRecord> OfParticipantAsync(long participantId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.TrajectParticipants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        return await BuildAsync(db, name ?? string.Empty, [], name is null ? [] : [participantId], cancellationToken);
    }

    private async Task<PersonRecord> BuildAsync(LeerwerkDb db, string name, List<string> intakeIds, List<long> participantIds, CancellationToken cancellationToken)
    {
        var linked = await db.TrajectParticipants.AsNoTracking().Where(p => p.IntakeId != null && intakeIds.Contains(p.IntakeId)).Select(p => p.Id).ToListAsync(cancellationToken);
        participantIds = participantIds.Union(linked).ToList();
        var intakeRecords = new List<Store.Intakes.Intake>();
        foreach (var id in intakeIds)
        {
            if (await intakes.GetAsync(id, cancellationToken) is { } intake) intakeRecords.Add(intake);
        }

        var invitations = (await db.Invitations.AsNoTracking().Where(i => intakeIds.Contains(i.IntakeId)).ToListAsync(cancellationToken)).OrderBy(i => i.CreatedAt).ToList();
        var participations = await ParticipationsAsync(db, participantIds, cancellationToken);
        var userIds = intakeRecords.Select(i => i.StatushouderId).Concat(invitations.Select(i => i.UsedBy)).OfType<string>().Distinct().ToList();
        var channels = await db.UserChannels.AsNoTracking().Where(c => userIds.Contains(c.UserId)).ToListAsync(cancellationToken);
        var itemKeys = participantIds.Select(id => $"checkin:{id}").ToList();
        var reminders = await db.ReminderLog.AsNoTracking().Where(r => userIds.Contains(r.UserId) || itemKeys.Contains(r.ItemKey)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var partial = new PersonRecord(name, intakeRecords, invitations, participations, userIds, channels, reminders, [], []);
        var stored = partial.IsEmpty ? [] : await state.FindAsync(PersonTraces.Of(partial), cancellationToken);
        var names = intakeRecords.Select(i => i.ParticipantName).Concat(participations.Select(p => p.Participant.Name)).Append(name)
            .Where(n => n.Length > 0).DistinctBy(Identity.Key).ToList();
        var entries = new List<Store.Audit.AuditEntry>();
        foreach (var known in names) entries.AddRange(await audit.AboutAsync(known, AuditShown, cancellationToken));
        return partial with { State = stored, Audit = entries.DistinctBy(e => e.Id).OrderBy(e => e.Id).ToList() };
    }

    private async Task<List<Participation>> ParticipationsAsync(LeerwerkDb db, List<long> participantIds, CancellationToken cancellationToken)
    {
        var participants = await db.TrajectParticipants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var trajectIds = participants.Select(p => p.TrajectId).Distinct().ToList();
        var trajecten = await db.Trajecten.AsNoTracking().Where(t => trajectIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var result = new List<Participation>();
        foreach (var participant in participants)
        {
            var traject = trajecten.GetValueOrDefault(participant.TrajectId);
            result.Add(new Participation(participant, traject?.Name ?? "(onbekend)", traject is null ? null : TrajectStore.End(traject),
                await checkIns.ForAsync(participant.Id, cancellationToken)));
        }

        return result;
    }
}
