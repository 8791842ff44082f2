using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store.Schema;

public static class ExclusiveMigration
{
    // Any fixed number: the one advisory lock all Leerwerk instances agree on.
    private const long LockKey = 0x4C_65_65_72_77_65_72_6B; // "Leerwerk"

    /// <summary>
    /// Migrates with the whole run under one lock. EF's own migration lock on Npgsql is released when the
    /// first migration's transaction commits, so two instances starting together on a database two
    /// migrations behind both applied the second one. A session-level advisory lock, held on one open
    /// connection across every migration, makes the second instance wait and then find nothing to do.
    /// </summary>
    public static async Task MigrateExclusivelyAsync(this LeerwerkDb db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
