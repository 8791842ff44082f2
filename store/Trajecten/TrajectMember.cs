namespace Leerwerk.Store.Trajecten;

/// <summary>A chat user who belongs to a party of a traject: `afspraken` shows them that party's commitments.</summary>
public sealed class TrajectMember
{
    public long Id { get; set; }

    public required string TrajectId { get; set; }

    /// <summary>The member's channel user id; null while the regisseur's invitation waits for them.</summary>
    public string? UserId { get; set; }

    /// <summary>The e-mail or name the regisseur gave, lower case, until the person first writes to the bot.</summary>
    public string? Invitee { get; set; }

    public required string Role { get; set; }
}
