namespace Leerwerk.Bot.Access;

/// <summary>
/// The audit entry of this turn's command, filled in as the command learns which record it touched.
/// The router writes it after the command ran, so no command can forget to.
/// </summary>
internal sealed class AuditNote
{
    public string? Action { get; private set; }

    public string? Record { get; private set; }

    public string? Person { get; private set; }

    public string Result { get; private set; } = AuditResults.Allowed;

    public void Begin(string action) => Action = action;

    /// <summary>The record and the person it is about (a name; the log keeps only its keyed hash).</summary>
    public void About(string record, string? person)
    {
        Record = record;
        Person = person;
    }

    public void NotFound() => Result = AuditResults.NotFound;

    public void Refused() => Result = AuditResults.Denied;
}
