using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.CheckIns;

/// <summary>A host with a moveable clock and a traject where jobcoach-1 coaches Amir and Sara.</summary>
public sealed class CheckInFixture : IDisposable
{
    private readonly TempDatabase _database = new();

    public CheckInFixture()
    {
        Host = new BotHost(_database, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        }, new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        _ = Host.Server;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public BotHost Host { get; }

    public int CommitmentId { get; private set; }

    public async Task SeedAsync()
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var traject = new Traject { Id = "t1", Name = "Zonnepanelen Utrecht", RegisseurId = "regisseur-1", StartDate = new DateOnly(2026, 10, 1), CreatedAt = Time.GetUtcNow() };
        traject.Participants.Add(new TrajectParticipant { TrajectId = "t1", Name = "Amir" });
        traject.Participants.Add(new TrajectParticipant { TrajectId = "t1", Name = "Sara" });
        var commitment = new Commitment { TrajectId = "t1", Topic = "begeleiding", PartyRole = "jobcoach", What = "Wekelijks werkplekbezoek", StartDate = new DateOnly(2026, 10, 1), DueDate = new DateOnly(2027, 3, 1) };
        traject.Commitments.Add(commitment);
        db.Trajecten.Add(traject);
        db.TrajectMembers.Add(new TrajectMember { TrajectId = "t1", UserId = "jobcoach-1", Role = "jobcoach" });
        db.TrajectMembers.Add(new TrajectMember { TrajectId = "t1", UserId = "regisseur-1", Role = "regisseur" });
        await db.SaveChangesAsync();
        CommitmentId = commitment.Id;
    }

    public QuestionnaireDriver Jobcoach(string conversation = "jc") => new(Host, conversation, "jobcoach-1");

    public async Task<List<Store.CheckIns.CheckIn>> CheckInsAsync()
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        return await db.CheckIns.ToListAsync();
    }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
    }
}
