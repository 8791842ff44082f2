using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Pooled: a turn opens a context for each store it touches, and a new one costs a DI scope with
        // dozens of EF services; a pooled one is reset and handed out again.
        services.AddPooledDbContextFactory<LeerwerkDb>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(SqliteFiles.PrepareConnectionString(storage.ConnectionString))
                .AddInterceptors(provider.GetRequiredService<SqliteWriteTransactions>(), provider.GetRequiredService<SqliteWriteCommands>());
            if (storage.SqliteSynchronous == "Normal") options.AddInterceptors(new SqliteSynchronousNormal());
        });
        // Writers of this process queue for SQLite's one write lock instead of colliding (see SqliteWriteLock).
        services.AddSingleton(new SqliteWriteLock(TimeSpan.FromSeconds(SqliteFiles.BusyTimeoutSeconds)));
        services.AddSingleton<SqliteWriteTransactions>();
        services.AddSingleton<SqliteWriteCommands>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseMigrationService>();
        services.AddSingleton<IStorage, EfStorage>();
        return services;
    }
}
