using System.Collections.Concurrent;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// SQLite has one writer at a time. When a second connection wants to write meanwhile, it gets
/// SQLITE_BUSY, and Microsoft.Data.Sqlite then blocks its thread for 150 ms before it tries again: under
/// load nearly all of a turn's time went there. This lock lets writers of this process wait their turn
/// asynchronously instead, so SQLite never sees them collide. Holders are EF's transaction (by connection
/// id) or a single write command outside a transaction (by command id).
/// </summary>
internal sealed class SqliteWriteLock(TimeSpan timeout)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    public async ValueTask EnterAsync(Guid holder, CancellationToken cancellationToken)
    {
        // After the timeout the writer goes on without the lock: then SQLite's own busy handling decides,
        // as it did before this lock existed. Never a deadlock, at worst the old behaviour.
        if (await _gate.WaitAsync(timeout, cancellationToken)) _holders[holder] = 0;
    }

    public void Enter(Guid holder)
    {
        if (_gate.Wait(timeout)) _holders[holder] = 0;
    }

    public bool IsHeld => _gate.CurrentCount == 0;

    /// <summary>Safe to call more than once, and for a holder that never entered.</summary>
    public void Exit(Guid holder)
    {
        if (_holders.TryRemove(holder, out _)) _gate.Release();
    }
}
