using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<LeerwerkDb, LeerwerkDbFactory>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.IsPostgres)
            {
                // A managed PostgreSQL fails over now and then; EF retries what failed on a dropped connection.
                options.UseNpgsql(storage.ConnectionString, npgsql => npgsql.EnableRetryOnFailure());
            }
            else
            {
                options.UseSqlite(SqliteFiles.PrepareConnectionString(storage.ConnectionString));
            }
        });
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseMigrationService>();
        services.AddSingleton<IStorage, EfStorage>();
        return services;
    }
}
