using Leerwerk.Store;
using Leerwerk.Store.Postgres;
using Leerwerk.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>
/// A fresh database per test, removed afterwards: a SQLite file, or a PostgreSQL database of its own
/// when the test asks for one or LEERWERK_TEST_PROVIDER=Postgres puts every host test on PostgreSQL.
/// Its folder holds what lives beside the database: the Data Protection keys, files a test imports.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string ProviderVariable = "LEERWERK_TEST_PROVIDER";

    private readonly PostgresTestDatabase? _postgres;

    public TempDatabase()
        : this(DefaultProvider)
    {
    }

    public TempDatabase(string provider)
    {
        Provider = provider;
        Directory.CreateDirectory(Folder);
        if (provider == Postgres) _postgres = new PostgresTestDatabase();
    }

    public static string DefaultProvider => Environment.GetEnvironmentVariable(ProviderVariable) switch
    {
        null or "" or Sqlite => Sqlite,
        Postgres => Postgres,
        var other => throw new InvalidOperationException($"{ProviderVariable}={other}: use {Sqlite} or {Postgres}."),
    };

    public string Provider { get; }

    public bool IsPostgres => _postgres is not null;

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leerwerk-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file; on PostgreSQL a name in the folder that is never created.</summary>
    public string Path => System.IO.Path.Combine(Folder, "leerwerk.db");

    public string KeysDirectory => System.IO.Path.Combine(Folder, "keys");

    public string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={Path}";

    /// <summary>A context on this database, to read what the bot stored (the bot must have migrated it).</summary>
    public LeerwerkDb OpenDb()
    {
        var options = new DbContextOptionsBuilder<LeerwerkDb>();
        return _postgres is null
            ? new LeerwerkDb(options.UseSqlite(ConnectionString).Options)
            : new PostgresLeerwerkDb(options.UseNpgsql(ConnectionString).Options);
    }

    /// <summary>Everything stored, as text: the SQLite file and its WAL, or every row of every table.</summary>
    public async Task<string> RawContentAsync()
    {
        if (_postgres is null)
        {
            SqliteConnection.ClearAllPools();
            var file = await File.ReadAllBytesAsync(Path);
            var wal = File.Exists(Path + "-wal") ? await File.ReadAllBytesAsync(Path + "-wal") : [];
            return System.Text.Encoding.UTF8.GetString([.. file, .. wal]);
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var rows = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.AppendLine(reader.GetString(0));
        }

        return rows.ToString();
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing; the temp folder is cleaned by the OS.
        }
    }
}
