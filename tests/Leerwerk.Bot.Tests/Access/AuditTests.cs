using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>Every read and change of personal data, and every refusal, lands in the append-only audit log without names.</summary>
public sealed class AuditTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Fact]
    public async Task IntakeRead_ByKlantmanager_LoggedWithRecordRoleChannelAndNoName()
    {
        await fixture.SayAsync(AccessFixture.Klantmanager, "intake Amir export");

        await using var db = await fixture.DbAsync();
        var entry = await db.AuditLog.Where(a => a.Action == "intake.export").OrderBy(a => a.Id).LastAsync();
        Assert.Equal(AccessFixture.Klantmanager, entry.ActorId);
        Assert.Equal("klantmanager", entry.ActorRoles);
        Assert.Equal("intake:i-amir", entry.Record);
        Assert.Equal("toegestaan", entry.Result);
        Assert.Equal("test", entry.Channel);
        Assert.NotNull(entry.PersonKey);
        Assert.DoesNotContain("amir", entry.PersonKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Refusal_Logged()
    {
        await fixture.SayAsync(AccessFixture.Jobcoach, "intake Amir");

        await using var db = await fixture.DbAsync();
        Assert.Contains(db.AuditLog, a => a.ActorId == AccessFixture.Jobcoach && a.Action == "intake.lezen" && a.Result == "geweigerd");
    }

    [Fact]
    public async Task AuditCommand_Beheerder_ListsWhoReadAPerson()
    {
        await fixture.SayAsync(AccessFixture.Klantmanager, "intake Amir");
        await fixture.SayAsync(AccessFixture.Jobcoach, "tijdlijn Amir");

        var replies = (await fixture.SayAsync(AccessFixture.Beheerder, "audit amir")).Texts();

        Assert.Contains("intake.lezen door km-1 (klantmanager): toegestaan, intake:i-amir", replies, StringComparison.Ordinal);
        Assert.Contains("tijdlijn door jc-1 (jobcoach): toegestaan", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_UpdateOrDelete_RefusedByTheDatabase()
    {
        await fixture.SayAsync(AccessFixture.Klantmanager, "intakes");
        await using var db = await fixture.DbAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET Result = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        Assert.True(await db.AuditLog.AnyAsync());
    }

    [Fact]
    public async Task IntakeAnswers_Logged_AsChangesOfThatIntake()
    {
        var conversation = "audit-intake-" + Guid.NewGuid().ToString("N");
        await fixture.Host.PostAsync(Activities.Message("intake", conversation, AccessFixture.Klantmanager));
        await fixture.Host.PostAsync(Activities.Message("Noor", conversation, AccessFixture.Klantmanager));

        var replies = (await fixture.SayAsync(AccessFixture.Beheerder, "audit Noor")).Texts();

        Assert.Contains("intake.antwoord door km-1 (klantmanager): toegestaan, intake:", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RacingTurns_OneConversation_OneEntryPerTurnNotPerAttempt()
    {
        // Turns of one conversation (and the first ones of a user) at the same moment collide on the
        // state's ETag and the user's channel row and run again; every turn is answered, and the audit
        // log counts the turns, not the attempts.
        var conversation = "race-" + Guid.NewGuid().ToString("N");
        var replies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Host.PostAsync(Activities.Message("intakes", conversation, AccessFixture.OtherKlantmanager))));
        Assert.All(replies, r => Assert.Contains("Sara", r.Texts(), StringComparison.Ordinal));

        await using var db = await fixture.DbAsync();
        Assert.Equal(3, await db.AuditLog.CountAsync(a => a.ActorId == AccessFixture.OtherKlantmanager && a.Action == "intake.lijst"));
    }
}
