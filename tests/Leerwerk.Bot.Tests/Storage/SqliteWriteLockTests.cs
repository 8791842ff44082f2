using Leerwerk.Bot.Storage;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Leerwerk.Store.BotState;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Storage;

public sealed class SqliteWriteLockTests : IDisposable
{
    // The write lock is SQLite's alone: this class runs on SQLite also in the PostgreSQL pass.
    private readonly TempDatabase _database = new(TempDatabase.Sqlite);
    private readonly BotHost _host;

    public SqliteWriteLockTests()
    {
        _host = new BotHost(_database);
        _ = _host.Server; // starts the host: migrations run
    }

    private SqliteWriteLock Lock => _host.Services.GetRequiredService<SqliteWriteLock>();

    private IDbContextFactory<LeerwerkDb> Factory => _host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>();

    [Fact]
    public async Task EnterAsync_WhileHeld_WaitsUntilTheHolderExits()
    {
        var writeLock = new SqliteWriteLock(TimeSpan.FromMinutes(1));
        var first = Guid.NewGuid();
        await writeLock.EnterAsync(first, CancellationToken.None);

        var second = writeLock.EnterAsync(Guid.NewGuid(), CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        writeLock.Exit(first);
        await second;

        Assert.True(writeLock.IsHeld);
    }

    [Fact]
    public void Exit_ForAHolderThatNeverEntered_ChangesNothing()
    {
        var writeLock = new SqliteWriteLock(TimeSpan.FromMinutes(1));

        writeLock.Exit(Guid.NewGuid());

        Assert.False(writeLock.IsHeld);
    }

    [Fact]
    public async Task Transaction_HeldWhileOpen_ReleasedOnCommit()
    {
        await using var db = await Factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.True(Lock.IsHeld);

        await transaction.CommitAsync();

        Assert.False(Lock.IsHeld);
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_ReleasedWithItsContext()
    {
        await using (var db = await Factory.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.StateItems.Add(new StateItem { Key = "k", Json = "{}", ETag = "e", UpdatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }

        Assert.False(Lock.IsHeld);
        await using var other = await Factory.CreateDbContextAsync();
        Assert.False(await other.StateItems.AnyAsync(s => s.Key == "k"));
    }

    [Fact]
    public async Task LoneWrite_ReleasedWhenDone()
    {
        await using var db = await Factory.CreateDbContextAsync();

        await db.StateItems.Where(s => s.Key == "none").ExecuteDeleteAsync();
        db.StateItems.Add(new StateItem { Key = "k", Json = "{}", ETag = "e", UpdatedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();

        Assert.False(Lock.IsHeld);
    }

    [Fact]
    public async Task ConcurrentWriters_AllStored()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await _host.Storage.WriteAsync(new Dictionary<string, object> { [$"key-{i}"] = new Dictionary<string, object> { ["n"] = i } });
        })));

        var read = await _host.Storage.ReadAsync([.. Enumerable.Range(0, 40).Select(i => $"key-{i}")]);
        Assert.Equal(40, read.Count);
        Assert.False(Lock.IsHeld);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
