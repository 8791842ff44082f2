namespace Leerwerk.Store.Access;

/// <summary>
/// One role of one professional. A beheerder names the person by e-mail or name; the grant is bound to
/// their Teams (Entra ID) object id the first time they write to the bot, and from then on only that id counts.
/// </summary>
public sealed class AccessGrant
{
    public long Id { get; set; }

    /// <summary>The Entra ID object id (Teams `aadObjectId`), once known.</summary>
    public string? ObjectId { get; set; }

    /// <summary>The channel's user id, for channels without Entra ID (the terminal, a configured test user).</summary>
    public string? UserId { get; set; }

    /// <summary>What the beheerder typed to name the person (e-mail or name), lower case, until bound.</summary>
    public string? Invitee { get; set; }

    public string? DisplayName { get; set; }

    public required string Role { get; set; }

    public required string GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public DateTimeOffset? BoundAt { get; set; }
}
