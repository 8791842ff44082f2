namespace Leerwerk.Store.Intakes;

/// <summary>
/// One levensfasebewuste intake of one participant: the klantmanager's questionnaire and the
/// statushouder's own (self-service) answers land in the same record.
/// </summary>
public sealed class Intake
{
    public required string Id { get; set; }

    /// <summary>A name or initials the klantmanager chose; never a BSN.</summary>
    public string ParticipantName { get; set; } = string.Empty;

    /// <summary>Who leads it: the klantmanager who started it or took over the self-service intake.</summary>
    public string? KlantmanagerId { get; set; }

    /// <summary>The statushouder's own user id, when they answered themselves.</summary>
    public string? StatushouderId { get; set; }

    public IntakeStatus Status { get; set; } = IntakeStatus.Concept;

    public string Language { get; set; } = "nl";

    public bool InterpreterRequested { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }

    /// <summary>
    /// Which consent text the person said yes to: questionnaire, version, language and a hash of the
    /// exact words shown (`intake-zelf v2 ar #1a2b3c4d`). Null until consent is given.
    /// </summary>
    public string? ConsentVersion { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    public List<IntakeAnswer> Answers { get; set; } = [];
}
