using Leerwerk.Store.Audit;
using Leerwerk.Store.Invitations;
using Leerwerk.Store.Reminders;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Everything Leerwerk keeps about one person, read and decrypted: their intakes with every answer,
/// invitations, traject places with check-ins, their chat accounts, reminders about them, bot state
/// and who looked at their data. What `inzage` shows and `verwijder` removes.
/// </summary>
internal sealed record PersonRecord(
    string Name,
    IReadOnlyList<Store.Intakes.Intake> Intakes,
    IReadOnlyList<Invitation> Invitations,
    IReadOnlyList<Participation> Participations,
    IReadOnlyList<string> UserIds,
    IReadOnlyList<UserChannel> Channels,
    IReadOnlyList<ReminderLog> Reminders,
    IReadOnlyList<StoredState> State,
    IReadOnlyList<AuditEntry> Audit)
{
    public bool IsEmpty => Intakes.Count == 0 && Participations.Count == 0;

    public IReadOnlyList<string> IntakeIds => Intakes.Select(i => i.Id).ToList();

    /// <summary>The records by key (`intake:ID`, `deelnemer:ID`, `gebruiker:ID`), sorted: what a confirmation code binds to.</summary>
    public IReadOnlyList<string> Keys =>
        Intakes.Select(i => "intake:" + i.Id)
            .Concat(Participations.Select(p => "deelnemer:" + p.Participant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(UserIds.Select(u => "gebruiker:" + u))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>For the audit log: the first record, and how many more.</summary>
    public string Reference => Keys.Where(k => !k.StartsWith("gebruiker:", StringComparison.Ordinal)).ToList() switch
    {
        [] => "persoon",
        [var one] => one,
        [var first, .. var rest] => $"{first} +{rest.Count}",
    };
}
