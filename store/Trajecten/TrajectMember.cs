namespace Leerwerk.Store.Trajecten;

/// <summary>A chat user who belongs to a party of a traject: `afspraken` shows them that party's commitments.</summary>
public sealed class TrajectMember
{
    public long Id { get; set; }

    public required string TrajectId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }
}
