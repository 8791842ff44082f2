using Leerwerk.Store.Schema;
using Leerwerk.Store.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Leerwerk.Store.Tests.Migrations;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public void Model_ComparedWithLatestMigration_HasNoPendingChanges(string provider)
    {
        using var store = new TestStore(provider);
        using var db = store.NewDb();

        // Fails when an entity changed without `dotnet run --project tools -- add-migration <Name>`.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task Migrate_FreshDatabase_CreatesEveryTable(string provider)
    {
        using var store = new TestStore(provider);
        await using var db = store.NewDb();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.StateItems.CountAsync());
        Assert.Equal(0, await db.ImportedPassages.CountAsync());
    }

    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task Migrate_SeveralInstancesAtOnceOnAnEmptyDatabase_AllSucceedOnce(string provider)
    {
        using var store = new TestStore(provider);
        var dbs = Enumerable.Range(0, 4).Select(_ => store.NewDb()).ToList();

        // The bot migrates this way: one instance migrates, the others wait and then find nothing to do.
        await Task.WhenAll(dbs.Select(db => db.MigrateExclusivelyAsync()));

        await using var check = store.NewDb();
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        foreach (var db in dbs) await db.DisposeAsync();
    }

    [Fact]
    public void Migrations_OfBothProviders_HaveTheSameNamesInTheSameOrder()
    {
        using var sqlite = new TestStore(TestStore.Sqlite);
        using var postgres = new TestStore(TestStore.Postgres);
        using var sqliteDb = sqlite.NewDb();
        using var postgresDb = postgres.NewDb();

        // `add-migration` scaffolds both; one added by hand for one provider only shows up here.
        Assert.Equal(Names(sqliteDb), Names(postgresDb));
    }

    private static List<string> Names(LeerwerkDb db) =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
}
