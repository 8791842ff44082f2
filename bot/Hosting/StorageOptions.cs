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

    /// <summary>
    /// SQLite's `synchronous`: `Normal` (with WAL: no fsync per commit; a crash of the process loses
    /// nothing, a power loss may lose the last commits) or `Full` (an fsync per commit; on the benchmark
    /// machine that alone caps the bot near 200 turns per second). See docs/PERFORMANCE.md.
    /// </summary>
    [Required, RegularExpression("^(Normal|Full)$", ErrorMessage = "Storage:SqliteSynchronous is Normal of Full.")]
    public string SqliteSynchronous { get; init; } = "Normal";
}
