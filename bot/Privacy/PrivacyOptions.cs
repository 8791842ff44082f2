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

    /// <summary>
    /// How long a person's data is kept after their traject ended (or, without a traject, after their
    /// intake last changed); a daily job then erases it. The consent text says "2 jaar": change it with this.
    /// </summary>
    [Range(1, 120)]
    public int RetentionMonths { get; init; } = DefaultRetentionMonths;

    public const int DefaultRetentionMonths = 24;
}
