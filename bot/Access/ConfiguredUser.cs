namespace Leerwerk.Bot.Access;

/// <summary>A person given a role in configuration, e.g. the first beheerder: by object id, channel user id, e-mail or name.</summary>
internal sealed record ConfiguredUser
{
    public string? ObjectId { get; init; }

    public string? UserId { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public string Role { get; init; } = string.Empty;
}
