namespace Leerwerk.Store.Trajecten;

/// <summary>One status change of a commitment: who, when, from, to, and why.</summary>
public sealed class CommitmentChange
{
    public long Id { get; set; }

    public int CommitmentId { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }

    public CommitmentStatus From { get; set; }

    public CommitmentStatus To { get; set; }

    public DateOnly? NewDueDate { get; set; }

    public string? Note { get; set; }
}
