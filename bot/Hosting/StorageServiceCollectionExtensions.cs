using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Writers of this process queue for SQLite's one write lock instead of colliding (see SqliteWriteLock).
        services.AddSingleton(new SqliteWriteLock(TimeSpan.FromSeconds(SqliteFiles.BusyTimeoutSeconds)));
        services.AddSingleton<SqliteWriteTransactions>();
        services.AddSingleton<SqliteWriteCommands>();
        services.AddSingleton<IDbContextFactory<LeerwerkDb>>(Factory);
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseMigrationService>();
        services.AddSingleton<IStorage, EfStorage>();
        return services;
    }

    private static IDbContextFactory<LeerwerkDb> Factory(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var options = new DbContextOptionsBuilder<LeerwerkDb>().UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
        if (storage.IsPostgres)
        {
            // A managed PostgreSQL fails over now and then; EF retries what failed on a dropped connection.
            options.UseNpgsql(storage.ConnectionString, npgsql => npgsql.EnableRetryOnFailure());
            return new LeerwerkDbFactory(options.Options, provider.GetRequiredService<IOptions<StorageOptions>>());
        }

        options.UseSqlite(SqliteFiles.PrepareConnectionString(storage.ConnectionString))
            .AddInterceptors(provider.GetRequiredService<SqliteWriteTransactions>(), provider.GetRequiredService<SqliteWriteCommands>());
        if (storage.SqliteSynchronous == "Normal") options.AddInterceptors(new SqliteSynchronousNormal());
        // Pooled: a turn opens a context for each store it touches, and a new one costs a DI scope with
        // dozens of EF services; a pooled one is reset and handed out again.
        return new PooledDbContextFactory<LeerwerkDb>(options.Options);
    }
}
