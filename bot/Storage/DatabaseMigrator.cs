using Leerwerk.Store;
using Leerwerk.Store.Schema;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Storage;

/// <summary>Brings the database to the latest migration before the bot takes its first message.</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<LeerwerkDb> dbFactory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.MigrateExclusivelyAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a turn writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogDebug("Database is up to date");
    }
}
