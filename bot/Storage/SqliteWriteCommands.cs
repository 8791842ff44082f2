using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// A single write outside a transaction (EF's `SaveChanges` of one statement, `ExecuteUpdate`,
/// `ExecuteDelete`) holds the <see cref="SqliteWriteLock"/> while it runs; a reader's statement
/// (`INSERT ... RETURNING`) runs until the reader closes. Inside a transaction the transaction holds it.
/// </summary>
internal sealed class SqliteWriteCommands(SqliteWriteLock writeLock) : IDbCommandInterceptor
{
    private static readonly string[] WriteVerbs = ["INSERT", "UPDATE", "DELETE", "REPLACE"];

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command)) await writeLock.EnterAsync(eventData.CommandId, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (IsLoneWrite(command)) writeLock.Enter(eventData.CommandId);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command)) await writeLock.EnterAsync(eventData.CommandId, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsLoneWrite(command)) writeLock.Enter(eventData.CommandId);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        writeLock.Exit(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        writeLock.Exit(eventData.CommandId);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        writeLock.Exit(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        writeLock.Exit(eventData.CommandId);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        writeLock.Exit(eventData.CommandId);
        return result;
    }

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        writeLock.Exit(eventData.CommandId);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => writeLock.Exit(eventData.CommandId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        writeLock.Exit(eventData.CommandId);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => writeLock.Exit(eventData.CommandId);

    private static bool IsLoneWrite(DbCommand command)
    {
        if (command.Transaction is not null) return false;
        var text = command.CommandText.AsSpan().TrimStart();
        foreach (var verb in WriteVerbs)
        {
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
