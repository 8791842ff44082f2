namespace Leerwerk.Store.Trajecten;

/// <summary>A traject commitment: which party does what, from when to when, at what cost, and how far it is.</summary>
public sealed class Commitment
{
    /// <summary>The number people type: `afspraak 12 gedaan`.</summary>
    public int Id { get; set; }

    public required string TrajectId { get; set; }

    /// <summary>The checklist topic: taalondersteuning, begeleiding, werving, voortraject, leerwerk, matching, verantwoordelijkheden.</summary>
    public required string Topic { get; set; }

    public required string PartyRole { get; set; }

    public required string What { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public decimal? Cost { get; set; }

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CommitmentChange> History { get; set; } = [];
}
