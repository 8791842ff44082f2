using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Invitations;

/// <summary>The `Invitations` section of appsettings.json.</summary>
internal sealed record InvitationOptions
{
    public const string Section = "Invitations";

    /// <summary>The address statushouders open (the Web Chat page); the link is this plus `?code=...`.</summary>
    [Required, Url]
    public string PublicUrl { get; init; } = "http://localhost:3978/";

    public TimeSpan ValidFor { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Wrong codes allowed per user in <see cref="AttemptWindow"/> before the bot stops checking.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; init; } = 5;

    public TimeSpan AttemptWindow { get; init; } = TimeSpan.FromMinutes(15);
}
