using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// `PRAGMA synchronous=NORMAL` on every connection (the setting is per connection, not per file).
/// With WAL, a commit then waits for no fsync; the WAL is synced at checkpoints. Safe against a crash of
/// the process (the kill -9 test), not against power loss: the last commits before it may be lost.
/// </summary>
internal sealed class SqliteSynchronousNormal : IDbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=NORMAL;";

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
