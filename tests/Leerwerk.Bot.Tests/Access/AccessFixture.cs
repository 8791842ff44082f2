using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>
/// A bot with access switched on, as in a gemeente: a person of every role, a party member, and two
/// trajecten and intakes that belong to different people.
/// </summary>
public sealed class AccessFixture : IDisposable
{
    public const string Klantmanager = "km-1", OtherKlantmanager = "km-2", Jobcoach = "jc-1", Regisseur = "rg-1", OtherRegisseur = "rg-2";
    public const string Statushouder = "sh-1", Beheerder = "bh-1", Werkgever = "wg-1", Unknown = "onbekend-1";

    private readonly TempDatabase _database = new();
    private int _conversations;

    public AccessFixture()
    {
        var settings = new Dictionary<string, string?> { ["Access:Open"] = "false", ["Reminders:Enabled"] = "false", ["Access:AskWhom"] = "Functioneel beheer (fb@gemeente.nl)" };
        var people = new[] { (Klantmanager, "klantmanager"), (OtherKlantmanager, "klantmanager"), (Jobcoach, "jobcoach"), (Regisseur, "regisseur"), (OtherRegisseur, "regisseur"), (Beheerder, "beheerder") };
        for (var i = 0; i < people.Length; i++)
        {
            settings[$"Access:Users:{i}:UserId"] = people[i].Item1;
            settings[$"Access:Users:{i}:Role"] = people[i].Item2;
        }

        Host = new BotHost(_database, settings: settings);
        SeedAsync().GetAwaiter().GetResult();
    }

    public BotHost Host { get; }

    /// <summary>A werkgever commitment in Warmtepompen Noord.</summary>
    public int WerkgeverCommitment { get; private set; }

    /// <summary>A commitment in Zonnepanelen Zuid, which none of the Noord people belong to.</summary>
    public int OtherTrajectCommitment { get; private set; }

    /// <summary>Each call a new personal conversation, so no questionnaire of an earlier case is still open.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string userId, string text, string channelId = "test", string? objectId = null, string? name = null)
    {
        var activity = Activities.Message(text, $"access-{Interlocked.Increment(ref _conversations)}", userId, channelId);
        activity.From.AadObjectId = objectId;
        if (name is not null) activity.From.Name = name;
        return Host.PostAsync(activity);
    }

    public async Task<LeerwerkDb> DbAsync() => await Host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();

    private async Task SeedAsync()
    {
        await using var db = await DbAsync();
        var now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        db.Intakes.Add(new Store.Intakes.Intake { Id = "i-amir", ParticipantName = "Amir", KlantmanagerId = Klantmanager, StatushouderId = Statushouder, CreatedAt = now, UpdatedAt = now });
        db.Intakes.Add(new Store.Intakes.Intake { Id = "i-sara", ParticipantName = "Sara", KlantmanagerId = OtherKlantmanager, CreatedAt = now, UpdatedAt = now });
        var noord = new Traject { Id = "t-noord", Name = "Warmtepompen Noord", RegisseurId = Regisseur, StartDate = new DateOnly(2026, 10, 1), CreatedAt = now };
        noord.Participants.Add(new TrajectParticipant { TrajectId = "t-noord", Name = "Amir", IntakeId = "i-amir", JobcoachId = Jobcoach });
        var werkgever = new Commitment { TrajectId = "t-noord", Topic = "werkplek", PartyRole = "werkgever", What = "Werkplek met mentor", DueDate = new DateOnly(2027, 1, 1) };
        noord.Commitments.Add(werkgever);
        noord.Commitments.Add(new Commitment { TrajectId = "t-noord", Topic = "begeleiding", PartyRole = "jobcoach", What = "Werkplekbezoek", DueDate = new DateOnly(2027, 1, 1) });
        var zuid = new Traject { Id = "t-zuid", Name = "Zonnepanelen Zuid", RegisseurId = OtherRegisseur, StartDate = new DateOnly(2026, 10, 1), CreatedAt = now };
        zuid.Participants.Add(new TrajectParticipant { TrajectId = "t-zuid", Name = "Sara", IntakeId = "i-sara" });
        var other = new Commitment { TrajectId = "t-zuid", Topic = "werkplek", PartyRole = "werkgever", What = "Werkplek", DueDate = new DateOnly(2027, 1, 1) };
        zuid.Commitments.Add(other);
        db.Trajecten.AddRange(noord, zuid);
        db.TrajectMembers.AddRange(
            new TrajectMember { TrajectId = "t-noord", UserId = Regisseur, Role = "regisseur" },
            new TrajectMember { TrajectId = "t-noord", UserId = Jobcoach, Role = "jobcoach" },
            new TrajectMember { TrajectId = "t-noord", UserId = Werkgever, Role = "werkgever" },
            new TrajectMember { TrajectId = "t-zuid", UserId = OtherRegisseur, Role = "regisseur" });
        await db.SaveChangesAsync();
        WerkgeverCommitment = werkgever.Id;
        OtherTrajectCommitment = other.Id;
    }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
    }
}
