using System.Text.RegularExpressions;
using Leerwerk.Bot.CheckIns;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.Privacy;

/// <summary>
/// A host with roles switched on (a beheerder, two klantmanagers, a jobcoach), a moveable clock, and
/// statushouders who come in through an invitation and answer their own intake.
/// </summary>
public sealed partial class PrivacyFixture : IDisposable
{
    public const string Note = "Rugpijn na het tillen, wil minder uren";
    private readonly TempDatabase _database = new();

    /// <param name="retentionService">false: tests that run the sweep themselves, so the daily service does not race them.</param>
    public PrivacyFixture(IDictionary<string, string?>? settings = null, bool retentionService = true)
    {
        var all = new Dictionary<string, string?>
        {
            ["Access:Open"] = "false",
            ["Access:Users:0:UserId"] = "beheerder-1", ["Access:Users:0:Role"] = "beheerder",
            ["Access:Users:1:UserId"] = "km-1", ["Access:Users:1:Role"] = "klantmanager",
            ["Access:Users:2:UserId"] = "km-2", ["Access:Users:2:Role"] = "klantmanager",
            ["Access:Users:3:UserId"] = "jobcoach-1", ["Access:Users:3:Role"] = "jobcoach",
            ["Reminders:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        Host = new BotHost(_database, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            foreach (var sweep in services.Where(d => !retentionService && d.ImplementationType == typeof(Leerwerk.Bot.Privacy.RetentionService)).ToList())
                services.Remove(sweep);
        }, all);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public BotHost Host { get; }

    public QuestionnaireDriver Beheerder { get => new(Host, "beheer", "beheerder-1"); }

    public QuestionnaireDriver Klantmanager(string id = "km-1") => new(Host, "chat-" + id, id);

    public QuestionnaireDriver Statushouder(string userId) => new(Host, "web-" + userId, userId, "webchat");

    /// <summary>The klantmanager invites, the statushouder opens the code and answers everything; returns the intake id.</summary>
    public async Task<string> SelfIntakeAsync(string name, string userId, string klantmanager = "km-1", IReadOnlyDictionary<string, string>? answers = null)
    {
        var statushouder = Statushouder(userId);
        await statushouder.SayAsync("code " + await InviteAsync(name, klantmanager));
        var all = new Dictionary<string, string>(answers ?? new Dictionary<string, string>()) { ["roepnaam"] = name };
        await statushouder.AnswerAllAsync(all);
        await using var db = await DbAsync();
        return await db.Intakes.Where(i => i.StatushouderId == userId).Select(i => i.Id).SingleAsync();
    }

    public async Task<string> InviteAsync(string name, string klantmanager = "km-1")
    {
        var reply = await Klantmanager(klantmanager).SayAsync("uitnodiging " + name);
        return CodePattern().Match(reply.Texts()).Groups[1].Value;
    }

    /// <summary>Traject t1 (12 months from 1-10-2026) with the person as participant, a commitment with history, and a check-in with a note.</summary>
    public async Task<long> TrajectWithCheckInAsync(string name, string? intakeId)
    {
        await using (var db = await DbAsync())
        {
            var traject = new Traject
            {
                Id = "t1", Name = "Zonnepanelen Utrecht", RegisseurId = "regisseur-1", StartDate = new DateOnly(2026, 10, 1),
                PhasesJson = """[{"Phase":"leerwerk","Months":12}]""", CreatedAt = Time.GetUtcNow(),
            };
            traject.Participants.Add(new TrajectParticipant { TrajectId = "t1", Name = name, IntakeId = intakeId, JobcoachId = "jobcoach-1" });
            var commitment = new Commitment { TrajectId = "t1", Topic = "begeleiding", PartyRole = "jobcoach", What = "Wekelijks werkplekbezoek", UpdatedAt = Time.GetUtcNow() };
            commitment.History.Add(new CommitmentChange { By = "jobcoach-1", At = Time.GetUtcNow(), From = CommitmentStatus.Open, To = CommitmentStatus.Bezig });
            traject.Commitments.Add(commitment);
            db.Trajecten.Add(traject);
            db.TrajectMembers.Add(new TrajectMember { TrajectId = "t1", UserId = "jobcoach-1", Role = "jobcoach" });
            await db.SaveChangesAsync();
        }

        await using var read = await DbAsync();
        var participantId = await read.TrajectParticipants.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
        var answers = new Dictionary<string, Answer>
        {
            ["soort"] = new("soort", StepKind.Choice, "gesprek", "nl", "jobcoach-1", Time.GetUtcNow(), Choices: ["gesprek"]),
            ["notitie"] = new("notitie", StepKind.Text, Note, "nl", "jobcoach-1", Time.GetUtcNow(), Text: Note),
        };
        await Host.Get<CheckInStore>().SaveAsync(participantId, "t1", "jobcoach-1", answers, new DateOnly(2026, 11, 25), CancellationToken.None);
        return participantId;
    }

    public async Task<LeerwerkDb> DbAsync() => await Host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();

    [GeneratedRegex(@"\?code=([A-Z0-9]+)")]
    private static partial Regex CodePattern();

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
    }
}
