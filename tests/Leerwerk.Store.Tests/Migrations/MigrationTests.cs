using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store.Tests.Migrations;

public sealed class MigrationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public MigrationTests() => _connection.Open();

    [Fact]
    public void Model_ComparedWithLatestMigration_HasNoPendingChanges()
    {
        using var db = NewDb();

        // Fails when an entity changed without `dotnet run --project tools -- add-migration <Name>`.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Migrate_FreshDatabase_CreatesEveryTable()
    {
        await using var db = NewDb();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.StateItems.CountAsync());
    }

    private LeerwerkDb NewDb() => new(new DbContextOptionsBuilder<LeerwerkDb>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
