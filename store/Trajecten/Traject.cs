namespace Leerwerk.Store.Trajecten;

/// <summary>A leerwerktraject as agreed in the verwachtingen checklist, with its parties and commitments.</summary>
public sealed class Traject
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Sector { get; set; }

    public string? Goal { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Months per phase (voortraject, werving, voorschakel, leerwerk, nazorg), in order.</summary>
    public string PhasesJson { get; set; } = "[]";

    public required string RegisseurId { get; set; }

    /// <summary>The checklist's gaps (label, next step, theme) as JSON, kept for the overview.</summary>
    public string GapsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public List<TrajectParty> Parties { get; set; } = [];

    public List<TrajectParticipant> Participants { get; set; } = [];

    public List<Commitment> Commitments { get; set; } = [];
}
