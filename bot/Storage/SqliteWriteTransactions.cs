using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// An EF transaction on SQLite is a write transaction (`BEGIN IMMEDIATE`): it takes the <see cref="SqliteWriteLock"/>
/// before it begins and gives it back when it ends. A transaction disposed without commit or rollback
/// (an exception inside it) ends with its connection's close.
/// </summary>
internal sealed class SqliteWriteTransactions(SqliteWriteLock writeLock) : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await writeLock.EnterAsync(eventData.ConnectionId, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        writeLock.Enter(eventData.ConnectionId);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Exit(eventData.ConnectionId);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => writeLock.Exit(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Exit(eventData.ConnectionId);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => writeLock.Exit(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Exit(eventData.ConnectionId);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => writeLock.Exit(eventData.ConnectionId);

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        writeLock.Exit(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        writeLock.Exit(eventData.ConnectionId);
        return result;
    }

    private Task Exit(Guid connectionId)
    {
        writeLock.Exit(connectionId);
        return Task.CompletedTask;
    }
}
