using Leerwerk.Bot.Reminders;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.Scaling;

/// <summary>
/// Both instances look for due reminders on their own timer. Two bot processes cannot share a fake
/// clock, so these are two in-memory hosts on one PostgreSQL database with one FakeTimeProvider,
/// whose reminder rounds the test runs at the same moment.
/// </summary>
public sealed class TwoInstanceReminderTests : IDisposable
{
    private readonly TempDatabase _database = new(TempDatabase.Postgres);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _a;
    private readonly BotHost _b;

    public TwoInstanceReminderTests()
    {
        _a = Host();
        _b = Host();
        _ = _a.Server;
        _ = _b.Server;
    }

    [Fact]
    public async Task Reminder_DueWhileTwoInstancesRun_ClaimedAndShownOnce()
    {
        await SeedAsync();
        var jobcoach = new QuestionnaireDriver(_a, "jc", "jobcoach-1");
        await jobcoach.SayAsync("checkin Amir: werkplekbezoek, volgende keer over 2 weken");
        await jobcoach.SayAsync("nee");
        await jobcoach.SayAsync("ja");
        _time.Advance(TimeSpan.FromDays(15));

        var first = await Task.WhenAll(RoundAsync(_a), RoundAsync(_b));
        var second = await Task.WhenAll(RoundAsync(_a), RoundAsync(_b));

        Assert.Equal(1, first.Sum());
        Assert.Equal(0, second.Sum());
        await using (var db = _database.OpenDb()) Assert.Equal(1, await db.ReminderLog.CountAsync());
        // Local mode: the reminder waits for the jobcoach's next message, which may reach either instance.
        var replies = await Task.WhenAll(
            _a.PostAsync(Activities.Message("help", "jc-a", "jobcoach-1")),
            _b.PostAsync(Activities.Message("help", "jc-b", "jobcoach-1")));
        Assert.Single(replies.SelectMany(r => r), r => r.Text?.Contains("check-in met **Amir** stond gepland", StringComparison.Ordinal) == true);
    }

    private static Task<int> RoundAsync(BotHost host) => host.Get<ReminderSender>().RunOnceAsync(CancellationToken.None);

    private BotHost Host() => new(_database, services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_time);
    }, new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });

    private async Task SeedAsync()
    {
        await using var db = _database.OpenDb();
        var traject = new Traject { Id = "t1", Name = "Zonnepanelen Utrecht", RegisseurId = "regisseur-1", StartDate = new DateOnly(2026, 10, 1), CreatedAt = _time.GetUtcNow() };
        traject.Participants.Add(new TrajectParticipant { TrajectId = "t1", Name = "Amir" });
        db.Trajecten.Add(traject);
        db.TrajectMembers.Add(new TrajectMember { TrajectId = "t1", UserId = "jobcoach-1", Role = "jobcoach" });
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _database.Dispose();
    }
}
