using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Tools;

internal static class MigrationScaffolding
{
    public static int Add(string name)
    {
        var storeDir = FindStoreDirectory();
        using var db = new LeerwerkDb(new DbContextOptionsBuilder<LeerwerkDb>().UseSqlite("Data Source=:memory:").Options);
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(db);
        new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "Leerwerk.Store", "Migrations");
        var files = scaffolder.Save(storeDir, migration, Path.Combine(storeDir, "Migrations"));
        Console.WriteLine($"geschreven: {files.MigrationFile}");
        return 0;
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
