using Leerwerk.Store;
using Leerwerk.Store.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Tools;

/// <summary>
/// Scaffolds one migration for each provider under the same name, so the SQLite and the PostgreSQL
/// migrations never drift apart (MigrationTests checks both against the model).
/// </summary>
internal static class MigrationScaffolding
{
    public static int Add(string name)
    {
        var storeDir = FindStoreDirectory();
        using (var sqlite = new LeerwerkDb(new DbContextOptionsBuilder<LeerwerkDb>().UseSqlite("Data Source=:memory:").Options))
        {
            Scaffold(sqlite, new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices(), storeDir, name, "Migrations", Path.Combine(storeDir, "Migrations"));
        }

        // Scaffolding reads no database: the connection string is never opened.
        using (var postgres = new PostgresLeerwerkDb(new DbContextOptionsBuilder<LeerwerkDb>().UseNpgsql("Host=localhost").Options))
        {
            Scaffold(postgres, new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices(), storeDir, name, "Postgres.Migrations", Path.Combine(storeDir, "Postgres", "Migrations"));
        }

        return 0;
    }

    private static void Scaffold(LeerwerkDb db, IDesignTimeServices providerServices, string storeDir, string name, string subNamespace, string outputDir)
    {
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(db);
        providerServices.ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        // A provider that already has a migration of this name (added before the other provider
        // existed) is left alone, so the other one can catch up.
        if (provider.GetRequiredService<IMigrationsAssembly>().FindMigrationId(name) is { } existing)
        {
            Console.WriteLine($"{db.GetType().Name} heeft al {existing}");
            return;
        }

        var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Leerwerk.Store", subNamespace);
        var files = scaffolder.Save(storeDir, migration, outputDir);
        Console.WriteLine($"geschreven: {files.MigrationFile}");
    }

    private static string FindStoreDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var store = Path.Combine(dir.FullName, "store");
            if (File.Exists(Path.Combine(store, "Leerwerk.Store.csproj"))) return store;
        }

        throw new InvalidOperationException("Run this from inside the Leerwerk checkout.");
    }
}
