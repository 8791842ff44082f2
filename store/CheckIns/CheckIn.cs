namespace Leerwerk.Store.CheckIns;

/// <summary>A jobcoach's logged contact with a participant (or their employer), with the signals seen.</summary>
public sealed class CheckIn
{
    public long Id { get; set; }

    public long ParticipantId { get; set; }

    public required string TrajectId { get; set; }

    public required string JobcoachId { get; set; }

    public DateOnly Date { get; set; }

    public required string Kind { get; set; }

    /// <summary>Signal ids (vervoer, te_laat, ...) comma-separated; empty when none.</summary>
    public string Signals { get; set; } = string.Empty;

    /// <summary>Every answer of the check-in (typed, as the dialog engine gave them), as JSON.</summary>
    public string AnswersJson { get; set; } = "{}";

    public DateOnly? NextDate { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
