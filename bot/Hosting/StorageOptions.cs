using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `Storage` section of appsettings.json.</summary>
internal sealed record StorageOptions
{
    public const string Section = "Storage";

    public const string Postgres = "Postgres";

    /// <summary>`Sqlite` (one machine, the default) or `Postgres` (several instances on one database).</summary>
    [Required, RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider is Sqlite of Postgres.")]
    public string Provider { get; init; } = "Sqlite";

    /// <summary>A SQLite `Data Source=...`, or an Npgsql connection string (`Host=...;Database=...;Username=...;Password=...`).</summary>
    [Required(ErrorMessage = "Storage:ConnectionString ontbreekt.")]
    public string ConnectionString { get; init; } = "Data Source=data/leerwerk.db";

    public bool IsPostgres => Provider == Postgres;
}
