using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Privacy;

/// <summary>The `Privacy` section of appsettings.json.</summary>
internal sealed record PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Where the keys that encrypt answers and notes live: never in the database they protect. In
    /// Azure, point this at a mounted share, or replace the key ring with Blob Storage + Key Vault.
    /// </summary>
    [Required]
    public string KeysDirectory { get; init; } = "data/keys";
}
