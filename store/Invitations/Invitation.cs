namespace Leerwerk.Store.Invitations;

/// <summary>A one-time link a klantmanager gives a statushouder: it opens their own self-service intake, for seven days.</summary>
public sealed class Invitation
{
    /// <summary>The code in the link: random, unguessable, used once.</summary>
    public required string Code { get; set; }

    public required string IntakeId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public string? UsedBy { get; set; }
}
