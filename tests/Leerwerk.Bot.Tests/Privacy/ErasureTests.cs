using System.Text.RegularExpressions;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Tests.Privacy;

public sealed partial class ErasureTests : IDisposable
{
    private readonly PrivacyFixture _fixture = new();

    [Fact]
    public async Task Verwijder_AsBeheerder_AsksConfirmationAndKeepsEverything()
    {
        var intakeId = await _fixture.SelfIntakeAsync("Amir", "sh-amir");
        await _fixture.TrajectWithCheckInAsync("Amir", intakeId);

        var preview = Assert.Single(await _fixture.Beheerder.SayAsync("verwijder Amir")).Text;

        Assert.Contains("**Verwijderen: Amir**", preview, StringComparison.Ordinal);
        Assert.Contains("1 intake met", preview, StringComparison.Ordinal);
        Assert.Contains("de plaats in traject Zonnepanelen Utrecht, met 1 check-in", preview, StringComparison.Ordinal);
        Assert.Contains("Afspraken in trajecten blijven staan", preview, StringComparison.Ordinal);
        Assert.Matches(ConfirmPattern(), preview);
        await using var db = await _fixture.DbAsync();
        Assert.Single(await db.Intakes.ToListAsync());
        Assert.Single(await db.CheckIns.ToListAsync());
    }

    [Fact]
    public async Task Verwijder_Confirmed_PersonGoneCommitmentsStayTombstoneWithoutName()
    {
        var intakeId = await _fixture.SelfIntakeAsync("Amir", "sh-7");
        await _fixture.TrajectWithCheckInAsync("Amir", intakeId);
        await _fixture.SelfIntakeAsync("Sara", "sh-sara");
        var beheerder = _fixture.Beheerder;
        var code = ConfirmPattern().Match(Assert.Single(await beheerder.SayAsync("verwijder Amir")).Text).Groups["code"].Value;

        var done = await beheerder.SayAsync($"verwijder Amir bevestig {code}");

        Assert.Contains("**Amir** is verwijderd", Assert.Single(done).Text, StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        var intake = await db.Intakes.SingleAsync();
        Assert.Equal("Sara", intake.ParticipantName);
        Assert.All(await db.IntakeAnswers.ToListAsync(), a => Assert.Equal(intake.Id, a.IntakeId));
        Assert.All(await db.Invitations.ToListAsync(), i => Assert.Equal(intake.Id, i.IntakeId));
        Assert.Empty(await db.CheckIns.ToListAsync());
        Assert.Empty(await db.TrajectParticipants.ToListAsync());
        Assert.DoesNotContain(await db.UserChannels.Select(c => c.UserId).ToListAsync(), u => u == "sh-7");
        Assert.DoesNotContain(await db.StateItems.Select(s => s.Key).ToListAsync(), k => k.Contains("sh-7", StringComparison.Ordinal));
        var commitment = await db.Commitments.Include(c => c.History).SingleAsync();
        Assert.Equal("jobcoach", commitment.PartyRole);
        Assert.Single(commitment.History);
        var tombstones = await db.AuditLog.Where(a => a.Result == "verwijderd").ToListAsync();
        Assert.Contains(tombstones, t => t.Record == "intake:" + intakeId && t.ActorId == "beheerder-1" && t.PersonKey is not null);
        Assert.Contains(tombstones, t => t.Record!.StartsWith("deelnemer:", StringComparison.Ordinal));
        // The statushouder's own actions keep their channel id (sh-7) as actor; names are nowhere.
        Assert.DoesNotContain(await AuditTextAsync(db), text => text.Contains("Amir", StringComparison.OrdinalIgnoreCase));
        var audit = (await beheerder.SayAsync("audit Amir")).Texts();
        Assert.Contains("verwijder door beheerder-1 (beheerder): verwijderd, intake:" + intakeId, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verwijder_CodeFromBeforeAnotherAmirCame_ErasesNothing()
    {
        await _fixture.SelfIntakeAsync("Amir", "sh-amir");
        var beheerder = _fixture.Beheerder;
        var stale = ConfirmPattern().Match(Assert.Single(await beheerder.SayAsync("verwijder Amir")).Text).Groups["code"].Value;
        await _fixture.SelfIntakeAsync("Amir", "sh-amir-2", klantmanager: "km-2");

        var replies = await beheerder.SayAsync($"verwijder Amir bevestig {stale}");

        Assert.Contains("Die code klopt niet (meer)", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Let op: 2 intakes met deze naam, van km-1, km-2", replies[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(stale, replies[1].Text, StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        Assert.Equal(2, await db.Intakes.CountAsync());
        Assert.Empty(await db.AuditLog.Where(a => a.Result == "verwijderd").ToListAsync());
    }

    [Fact]
    public async Task Verwijder_StatushouderThemselves_EverythingGoneAndTheChatGoesOn()
    {
        await _fixture.SelfIntakeAsync("Amir", "sh-amir");
        var amir = _fixture.Statushouder("sh-amir");
        var ask = Assert.Single(await amir.SayAsync("verwijder")).Text;
        var code = ConfirmPattern().Match(ask).Groups["code"].Value;

        var done = await amir.SayAsync($"verwijder bevestig {code}");
        var after = await amir.SayAsync("hallo");
        var inzage = await amir.SayAsync("inzage");

        Assert.StartsWith("Wil je dat we alles over jou weghalen?", ask, StringComparison.Ordinal);
        Assert.StartsWith("Klaar. Alles over jou is weg.", Assert.Single(done).Text, StringComparison.Ordinal);
        Assert.Contains("Leerwerk", after.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("Dit bewaren we", inzage.Texts(), StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        Assert.Empty(await db.Intakes.ToListAsync());
        Assert.Empty(await db.IntakeAnswers.ToListAsync());
        Assert.Empty(await db.Invitations.ToListAsync());
        Assert.Equal("sh-amir", (await db.AuditLog.SingleAsync(a => a.Result == "verwijderd")).ActorId);
        Assert.Null(await amir.StateAsync());
    }

    [Fact]
    public async Task Verwijder_KlantmanagerHasTheIntakePaused_PausedQuestionnaireGone()
    {
        var klantmanager = _fixture.Klantmanager();
        await klantmanager.SayAsync("intake");
        await klantmanager.SayAsync("Yusuf");
        await klantmanager.SayAsync("ja");
        await klantmanager.SayAsync("pauze");
        var beheerder = _fixture.Beheerder;
        var code = ConfirmPattern().Match(Assert.Single(await beheerder.SayAsync("verwijder Yusuf")).Text).Groups["code"].Value;

        await beheerder.SayAsync($"verwijder Yusuf bevestig {code}");
        var resumed = await klantmanager.SayAsync("hervat");
        await klantmanager.SayAsync("Kwam in 2022 naar Nederland");

        Assert.DoesNotContain("Welkom terug", resumed.Texts(), StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        Assert.Empty(await db.Intakes.ToListAsync());
    }

    private static async Task<List<string>> AuditTextAsync(LeerwerkDb db) =>
        (await db.AuditLog.ToListAsync()).Select(a => string.Join('|', a.ActorId, a.ActorRoles, a.Action, a.Record, a.PersonKey, a.Result, a.Channel)).ToList();

    [GeneratedRegex(@"verwijder (?:\S+ )?bevestig (?<code>[A-Z0-9]{6})")]
    private static partial Regex ConfirmPattern();

    public void Dispose() => _fixture.Dispose();
}
