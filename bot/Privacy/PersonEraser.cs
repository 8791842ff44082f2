using System.Globalization;
using Leerwerk.Bot.Access;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Erases a person: intakes with their answers, invitations, traject places with their check-ins,
/// reminders about them, their chat accounts and bot state. Commitments and their history stay: they
/// belong to the parties of a traject, not to the person. The audit log keeps a tombstone per record,
/// with only the keyed hash of the name.
/// </summary>
internal sealed class PersonEraser(IDbContextFactory<LeerwerkDb> dbFactory, PersonalState state, AuditLog audit)
{
    /// <summary>Returns how many intakes and traject places this call removed (another instance may have been first).</summary>
    public async Task<int> EraseAsync(PersonRecord person, TurnInfo actor, IReadOnlySet<string> skipState, CancellationToken cancellationToken)
    {
        // State first: a questionnaire still open on the person would write the intake back with its next answer.
        await state.EraseAsync(person.State, PersonTraces.Of(person), skipState, cancellationToken);
        var erased = await EraseRowsAsync(person, cancellationToken);
        // After the commit, so the log never says "verwijderd" for data that is still there; whoever
        // deleted the row writes its tombstone, so two instances write one.
        foreach (var (record, name) in erased) await audit.WriteAsync(actor, Permissions.Erase.Action, AuditResults.Erased, record, name, cancellationToken);
        return erased.Count;
    }

    private async Task<List<(string Record, string Name)>> EraseRowsAsync(PersonRecord person, CancellationToken cancellationToken)
    {
        var intakeIds = person.IntakeIds.ToList();
        var participantIds = person.Participations.Select(p => p.Participant.Id).ToList();
        var itemKeys = participantIds.Select(id => string.Create(CultureInfo.InvariantCulture, $"checkin:{id}")).ToList();
        var userIds = person.UserIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // On PostgreSQL the execution strategy runs the whole transaction again after a dropped connection.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => EraseInTransactionAsync(db, person, intakeIds, participantIds, itemKeys, userIds, ct), cancellationToken);
    }

    private static async Task<List<(string Record, string Name)>> EraseInTransactionAsync(
        LeerwerkDb db, PersonRecord person, List<string> intakeIds, List<long> participantIds, List<string> itemKeys, List<string> userIds, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.IntakeAnswers.Where(a => intakeIds.Contains(a.IntakeId)).ExecuteDeleteAsync(cancellationToken);
        await db.Invitations.Where(i => intakeIds.Contains(i.IntakeId)).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(c => participantIds.Contains(c.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        await db.ReminderLog.Where(r => userIds.Contains(r.UserId) || itemKeys.Contains(r.ItemKey)).ExecuteDeleteAsync(cancellationToken);
        await db.UserChannels.Where(c => userIds.Contains(c.UserId)).ExecuteDeleteAsync(cancellationToken);
        var erased = new List<(string, string)>();
        foreach (var participation in person.Participations)
        {
            var id = participation.Participant.Id;
            if (await db.TrajectParticipants.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
                erased.Add(("deelnemer:" + id.ToString(CultureInfo.InvariantCulture), participation.Participant.Name));
        }

        foreach (var intake in person.Intakes)
        {
            if (await db.Intakes.Where(i => i.Id == intake.Id).ExecuteDeleteAsync(cancellationToken) > 0)
                erased.Add(("intake:" + intake.Id, intake.ParticipantName.Length > 0 ? intake.ParticipantName : person.Name));
        }

        await transaction.CommitAsync(cancellationToken);
        return erased;
    }
}
