using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `Storage` section of appsettings.json.</summary>
internal sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary>`Sqlite` (one machine, the default) or `Postgres` (several instances).</summary>
    [Required, RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider is Sqlite of Postgres.")]
    public string Provider { get; init; } = "Sqlite";

    [Required(ErrorMessage = "Storage:ConnectionString ontbreekt.")]
    public string ConnectionString { get; init; } = "Data Source=data/leerwerk.db";
}
