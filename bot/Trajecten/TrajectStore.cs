using System.Text.Json;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Trajecten;

/// <summary>Trajecten and their commitments: saved from a confirmed checklist, read and changed by chat.</summary>
internal sealed class TrajectStore(IDbContextFactory<LeerwerkDb> dbFactory, Access.PendingInvitations pending, TimeProvider time)
{
    public async Task<Traject> SaveAsync(TrajectProposal proposal, string regisseurId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var traject = new Traject
        {
            Id = Guid.NewGuid().ToString("N"), Name = proposal.Name, Sector = proposal.Sector, Goal = proposal.Goal,
            StartDate = proposal.Start, RegisseurId = regisseurId, CreatedAt = now,
            PhasesJson = JsonSerializer.Serialize(proposal.Phases), GapsJson = JsonSerializer.Serialize(proposal.Gaps),
        };
        traject.Parties.AddRange(proposal.Parties.Select(p => new TrajectParty { TrajectId = traject.Id, Role = p.Role, Name = p.Name, Expectation = p.Expectation, ExpectedCost = p.Cost }));
        traject.Commitments.AddRange(proposal.Commitments.Select(c => new Commitment
        {
            TrajectId = traject.Id, Topic = c.Topic, PartyRole = c.PartyRole, What = c.What,
            StartDate = c.Start, DueDate = c.Due, Cost = c.Cost, UpdatedAt = now,
        }));
        db.Trajecten.Add(traject);
        db.TrajectMembers.Add(new TrajectMember { TrajectId = traject.Id, UserId = regisseurId, Role = "regisseur" });
        await db.SaveChangesAsync(cancellationToken);
        return traject;
    }

    /// <summary>
    /// By name among the trajecten this person may see (theirs as regisseur, or as a member): exact
    /// first, then the only one that starts with it. Others' trajecten are not found, not refused, so a
    /// name gives nothing away.
    /// </summary>
    public async Task<Traject?> FindAsync(string name, Access.Principal who, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var memberOf = db.TrajectMembers.Where(m => m.UserId == who.UserId).Select(m => m.TrajectId);
        var all = await db.Trajecten.AsNoTracking().Where(t => who.Open || t.RegisseurId == who.UserId || memberOf.Contains(t.Id))
            .Include(t => t.Parties).Include(t => t.Participants)
            .Include(t => t.Commitments).ThenInclude(c => c.History).ToListAsync(cancellationToken);
        return all.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? all.Where(t => t.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() switch { [var only] => only, _ => null };
    }

    public async Task<Traject?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Trajecten.AsNoTracking().Include(t => t.Participants).Include(t => t.Commitments).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    /// <summary>The trajecten a user belongs to, with the role they have in each.</summary>
    public async Task<IReadOnlyList<(Traject Traject, string Role)>> MembershipsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.TrajectMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var ids = members.Select(m => m.TrajectId).ToList();
        var trajecten = await db.Trajecten.AsNoTracking().Include(t => t.Commitments).Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        return members.Join(trajecten, m => m.TrajectId, t => t.Id, (m, t) => (t, m.Role)).ToList();
    }

    public async Task JoinAsync(string trajectId, string userId, string role, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.TrajectMembers.FirstOrDefaultAsync(m => m.TrajectId == trajectId && m.UserId == userId, cancellationToken);
        if (member is null) db.TrajectMembers.Add(new TrajectMember { TrajectId = trajectId, UserId = userId, Role = role });
        else member.Role = role;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A member named by e-mail or name, who becomes theirs when that person first writes in Teams.</summary>
    public async Task InviteAsync(string trajectId, string invitee, string role, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.TrajectMembers.Add(new TrajectMember { TrajectId = trajectId, Invitee = Access.Identity.Key(invitee), Role = role });
        await db.SaveChangesAsync(cancellationToken);
        pending.Changed();
    }

    /// <summary>The regisseur of its traject, or a member of the party it is for, may change a commitment.</summary>
    public async Task<bool> MayChangeAsync(Commitment commitment, Access.Principal who, CancellationToken cancellationToken)
    {
        if (who.Open) return true;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Trajecten.AnyAsync(t => t.Id == commitment.TrajectId && t.RegisseurId == who.UserId, cancellationToken)
            || await db.TrajectMembers.AnyAsync(m => m.TrajectId == commitment.TrajectId && m.UserId == who.UserId && (m.Role == commitment.PartyRole || m.Role == "regisseur"), cancellationToken);
    }

    public async Task AddParticipantAsync(string trajectId, string name, string? intakeId, string? jobcoachId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.TrajectParticipants.Add(new TrajectParticipant { TrajectId = trajectId, Name = name, IntakeId = intakeId, JobcoachId = jobcoachId });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Commitment?> GetCommitmentAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Commitments.AsNoTracking().Include(c => c.History).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>A status change with its history line; `uitgesteld` moves the due date.</summary>
    public async Task<Commitment?> ChangeAsync(int id, CommitmentStatus to, string by, DateOnly? newDue, string? note, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var commitment = await db.Commitments.Include(c => c.History).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null) return null;
        var now = time.GetUtcNow();
        commitment.History.Add(new CommitmentChange { CommitmentId = id, By = by, At = now, From = commitment.Status, To = to, NewDueDate = newDue, Note = note });
        commitment.Status = to;
        if (newDue is not null) commitment.DueDate = newDue;
        commitment.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return commitment;
    }

    public static bool IsOverdue(Commitment c, DateOnly today) =>
        c.DueDate < today && c.Status is CommitmentStatus.Open or CommitmentStatus.Bezig or CommitmentStatus.Uitgesteld;

    public static bool IsOpen(Commitment c) => c.Status is CommitmentStatus.Open or CommitmentStatus.Bezig or CommitmentStatus.Uitgesteld;

    public static IReadOnlyList<Gap> Gaps(Traject traject) => JsonSerializer.Deserialize<List<Gap>>(traject.GapsJson) ?? [];

    public static IReadOnlyList<PhasePlan> Phases(Traject traject) => JsonSerializer.Deserialize<List<PhasePlan>>(traject.PhasesJson) ?? [];

    /// <summary>The day after the last phase, counted as the overview counts phases: each rounded up to whole months.</summary>
    public static DateOnly End(Traject traject) =>
        Phases(traject).Where(p => p.Months > 0).Aggregate(traject.StartDate, (end, phase) => end.AddMonths((int)Math.Ceiling(phase.Months)));
}
