using Leerwerk.Bot.Reminders;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.CheckIns;

public sealed class CheckInTests : IDisposable
{
    private readonly CheckInFixture _fixture = new();

    [Fact]
    public async Task FullCheckIn_OverHttp_SavedWithSignalsAndCommitmentMarked()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin");

        var end = await jobcoach.AnswerAllAsync(new Dictionary<string, string>
        {
            ["deelnemer"] = "ami", ["datum"] = "gisteren", ["soort"] = "werkplekbezoek", ["welzijn"] = "niet werkfit",
            ["signalen"] = "vervoer", ["afspraken_bijwerken"] = $"{_fixture.CommitmentId} bezig", ["volgende"] = "over 2 weken",
        });

        Assert.Contains("Check-in voor **Amir** opgeslagen (24-11-2026)", end.Texts(), StringComparison.Ordinal);
        Assert.Contains("ernstig", end.Texts(), StringComparison.Ordinal);
        Assert.Contains("Uit de rapporten", end.Texts(), StringComparison.Ordinal);
        var saved = Assert.Single(await _fixture.CheckInsAsync());
        Assert.Equal("werkplekbezoek", saved.Kind);
        Assert.Contains("vervoer", saved.Signals, StringComparison.Ordinal);
        Assert.Contains("niet_werkfit", saved.Signals, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 9), saved.NextDate);
        Assert.Equal(CommitmentStatus.Bezig, (await CommitmentAsync()).Status);
    }

    [Fact]
    public async Task QuickLog_OneLine_AsksOnlyWhatIsMissingThenConfirms()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();

        var first = await jobcoach.SayAsync("checkin Amir: werkplekbezoek, gaat goed, vaktaal lastig, vervoer blijft een probleem, volgende keer over 2 weken");

        Assert.Contains("Afspraken bijwerken?", first.Texts(), StringComparison.Ordinal);
        Assert.Contains("Wekelijks werkplekbezoek", first.Texts(), StringComparison.Ordinal);
        var confirm = await jobcoach.SayAsync("nee");
        Assert.Contains("Zal ik deze check-in zo opslaan?", confirm.Texts(), StringComparison.Ordinal);
        await jobcoach.SayAsync("ja");
        var saved = Assert.Single(await _fixture.CheckInsAsync());
        Assert.Equal("werkplekbezoek", saved.Kind);
        Assert.Equal(new DateOnly(2026, 11, 25), saved.Date);
        Assert.Equal(new DateOnly(2026, 12, 9), saved.NextDate);
        Assert.Contains("vervoer", saved.Signals, StringComparison.Ordinal);
        Assert.Contains("lesstof", saved.Signals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickLog_NameUnknown_AsksWhoFromTheCaseload()
    {
        await _fixture.SeedAsync();

        var replies = await _fixture.Jobcoach().SayAsync("checkin Bram: telefonisch");

        Assert.Contains("Over wie gaat deze check-in?", replies.Texts(), StringComparison.Ordinal);
        Assert.Contains("1. Amir", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkin_NoCaseload_SaysWhatToDoFirst()
    {
        var replies = await _fixture.Jobcoach().SayAsync("checkin");

        Assert.Contains("nog geen deelnemers", replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signalen_NoCheckInPastAgreedDate_Flagged()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin Sara: telefonisch, volgende keer over 2 weken");
        await jobcoach.SayAsync("nee");
        await jobcoach.SayAsync("ja");
        Assert.Contains("Niemand valt nu op", (await jobcoach.SayAsync("signalen")).Texts(), StringComparison.Ordinal);

        _fixture.Time.Advance(TimeSpan.FromDays(21));
        var flagged = await jobcoach.SayAsync("signalen");

        Assert.Contains("**Sara**: geen check-in sinds 25-11-2026", flagged.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signalen_SameSignalTwiceInARow_FlaggedWithLesson()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await jobcoach.SayAsync("checkin Amir: werkplekbezoek, probleem met kinderopvang, volgende keer over 2 weken");
            await jobcoach.SayAsync("nee");
            await jobcoach.SayAsync("ja");
        }

        var flagged = await jobcoach.SayAsync("signalen");

        Assert.Contains("twee keer achter elkaar: kinderopvang", flagged.Texts(), StringComparison.Ordinal);
        Assert.Contains("Uit de rapporten", flagged.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_DueCheckIn_OncePerDayShownWhenUserWritesInLocalMode()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin Amir: werkplekbezoek, volgende keer over 2 weken");
        await jobcoach.SayAsync("nee");
        await jobcoach.SayAsync("ja");
        var sender = _fixture.Host.Services.GetRequiredService<ReminderSender>();
        _fixture.Time.Advance(TimeSpan.FromDays(15));

        Assert.Equal(1, await sender.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sender.RunOnceAsync(CancellationToken.None));
        var next = await jobcoach.SayAsync("help");
        var again = await jobcoach.SayAsync("help");

        Assert.Contains("check-in met **Amir** stond gepland", next.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("stond gepland", again.Texts(), StringComparison.Ordinal);
        _fixture.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await sender.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reminders_Off_NoneSent()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin Amir: werkplekbezoek, volgende keer over 1 week");
        await jobcoach.SayAsync("nee");
        await jobcoach.SayAsync("ja");
        await jobcoach.SayAsync("geen herinneringen");
        _fixture.Time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await _fixture.Host.Services.GetRequiredService<ReminderSender>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Tijdlijn_CheckInsAndCommitmentChanges_NewestFirst()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin Amir: telefonisch, volgende keer over 2 weken");
        await jobcoach.SayAsync($"{_fixture.CommitmentId} gedaan");
        await jobcoach.SayAsync("ja");
        _fixture.Time.Advance(TimeSpan.FromDays(7));
        await jobcoach.SayAsync("checkin Amir: werkplekbezoek, vervoer, volgende keer over 2 weken");
        await jobcoach.SayAsync("nee");
        await jobcoach.SayAsync("ja");

        var timeline = (await jobcoach.SayAsync("tijdlijn Amir")).Texts();

        var visit = timeline.IndexOf("2-12-2026 check-in (werkplekbezoek), signalen: vervoer", StringComparison.Ordinal);
        var call = timeline.IndexOf("25-11-2026 check-in (telefonisch)", StringComparison.Ordinal);
        Assert.True(visit >= 0 && call > visit, timeline);
        Assert.Contains("open → gedaan", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickLog_NoNextDate_OkTakesTheUsualTwoWeeks()
    {
        await _fixture.SeedAsync();
        var jobcoach = _fixture.Jobcoach();
        await jobcoach.SayAsync("checkin Amir: telefonisch");
        await jobcoach.SayAsync("nee");

        var asked = await jobcoach.SayAsync("ok");
        Assert.Contains("Zal ik deze check-in zo opslaan?", asked.Texts(), StringComparison.Ordinal);
        await jobcoach.SayAsync("ja");

        Assert.Equal(new DateOnly(2026, 12, 9), Assert.Single(await _fixture.CheckInsAsync()).NextDate);
    }

    private async Task<Commitment> CommitmentAsync()
    {
        await using var db = await _fixture.Host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        return await db.Commitments.SingleAsync();
    }

    public void Dispose() => _fixture.Dispose();
}
