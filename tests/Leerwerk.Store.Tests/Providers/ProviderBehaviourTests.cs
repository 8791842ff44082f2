using Leerwerk.Store.Intakes;
using Leerwerk.Store.Postgres;
using Leerwerk.Store.Reminders;
using Leerwerk.Store.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store.Tests.Providers;

/// <summary>Where SQLite and PostgreSQL differ by nature, the store behaves the same on both.</summary>
public sealed class ProviderBehaviourTests
{
    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task Timestamp_WithAnOffsetOtherThanUtc_StoredAndReadAsTheSameInstant(string provider)
    {
        using var store = new TestStore(provider);
        await using (var db = store.NewDb())
        {
            await db.Database.MigrateAsync();
            var dutchSummer = new DateTimeOffset(2026, 7, 1, 14, 30, 0, TimeSpan.FromHours(2));
            db.Intakes.Add(new Intake { Id = "i1", CreatedAt = dutchSummer, UpdatedAt = dutchSummer, FinalizedAt = dutchSummer });
            await db.SaveChangesAsync();
        }

        await using var read = store.NewDb();
        var intake = await read.Intakes.SingleAsync();

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero), intake.CreatedAt);
        Assert.Equal(intake.CreatedAt, intake.FinalizedAt);
    }

    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task UniqueKey_SecondRowWithTheSameKey_RejectedWithDbUpdateException(string provider)
    {
        using var store = new TestStore(provider);
        await using (var db = store.NewDb())
        {
            await db.Database.MigrateAsync();
            db.ReminderLog.Add(new ReminderLog { UserId = "u", ItemKey = "k", Day = new DateOnly(2026, 11, 25), Text = "eerste" });
            await db.SaveChangesAsync();
        }

        await using var second = store.NewDb();
        second.ReminderLog.Add(new ReminderLog { UserId = "u", ItemKey = "k", Day = new DateOnly(2026, 11, 25), Text = "tweede" });

        // What "sent once across instances" rests on: the database, not the code, refuses the second claim.
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public void LeerwerkDb_OnPostgres_RefusedBecauseItsMigrationsAreSQLite()
    {
        using var wrong = new LeerwerkDb(new DbContextOptionsBuilder<LeerwerkDb>().UseNpgsql("Host=localhost").Options);

        var error = Assert.Throws<InvalidOperationException>(() => wrong.Model);

        Assert.Contains(nameof(PostgresLeerwerkDb), error.Message, StringComparison.Ordinal);
    }
}
