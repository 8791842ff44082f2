namespace Leerwerk.Store.Trajecten;

/// <summary>A statushouder in a traject, linked to their intake when there is one.</summary>
public sealed class TrajectParticipant
{
    public long Id { get; set; }

    public required string TrajectId { get; set; }

    public required string Name { get; set; }

    public string? IntakeId { get; set; }

    public string? JobcoachId { get; set; }
}
