using Leerwerk.Store.Postgres;
using Leerwerk.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider: a SQLite file, or a PostgreSQL database of its own.</summary>
public sealed class TestStore : IDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "leerwerk-store-tests", Guid.NewGuid().ToString("N"));
    private readonly PostgresTestDatabase? _postgres;

    public TestStore(string provider)
    {
        Provider = provider;
        if (provider == Postgres) _postgres = new PostgresTestDatabase();
        else Directory.CreateDirectory(_folder);
    }

    public string Provider { get; }

    /// <summary>A new context, on its own connection, of the type that owns this provider's migrations.</summary>
    public LeerwerkDb NewDb()
    {
        var options = new DbContextOptionsBuilder<LeerwerkDb>();
        if (_postgres is not null) return new PostgresLeerwerkDb(options.UseNpgsql(_postgres.ConnectionString).Options);
        return new LeerwerkDb(options.UseSqlite($"Data Source={Path.Combine(_folder, "leerwerk.db")}").Options);
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        if (_postgres is not null) return;
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
