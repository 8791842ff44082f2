namespace Leerwerk.Store.Audit;

/// <summary>
/// One read or change of personal data, or an attempt at one. Append-only: the database refuses updates
/// and deletes of this table (triggers in the migration), so not even the bot can rewrite history.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The channel user id of who did it.</summary>
    public required string ActorId { get; set; }

    /// <summary>The roles they held at that moment, comma-separated; empty for an unknown user.</summary>
    public string ActorRoles { get; set; } = string.Empty;

    /// <summary>What was done: the command (`intake.lezen`, `afspraak.wijzigen`, `verwijder`, ...).</summary>
    public required string Action { get; set; }

    /// <summary>Which record: `intake:ID`, `traject:ID`, `afspraak:12`; never a name.</summary>
    public string? Record { get; set; }

    /// <summary>A keyed hash of the person's name: `audit &lt;naam&gt;` finds it, a copy of the table does not reveal it.</summary>
    public string? PersonKey { get; set; }

    /// <summary>`toegestaan`, `geweigerd`, `niet gevonden`, `verwijderd`.</summary>
    public required string Result { get; set; }

    public required string Channel { get; set; }
}
