using Leerwerk.Bot.Access;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>A beheerder gives roles by chat; the role follows the person's Entra ID object id from their first message.</summary>
public sealed class GrantTests : IDisposable
{
    private const string JanObjectId = "2b8e5c1a-7d4f-4e0b-9a61-3c2d1e0f9a11";
    private readonly TempDatabase _database = new();
    private readonly BotHost _host;
    private int _conversation;

    public GrantTests()
    {
        // The Teams roster is Microsoft's service: the one boundary faked here.
        var roster = new Mock<ITeamsDirectory>();
        roster.Setup(r => r.EmailAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ITurnContext turn, CancellationToken _) => turn.Activity.From.AadObjectId == "9c0d3b2a-1111-4222-8333-444455556666" ? "P.Jansen@bouwbedrijf.nl" : null);
        _host = new BotHost(_database, services =>
        {
            services.RemoveAll<ITeamsDirectory>();
            services.AddSingleton(roster.Object);
        }, new Dictionary<string, string?> { ["Access:Open"] = "false", ["Access:Users:0:ObjectId"] = "0a0a0a0a-0000-4000-8000-000000000001", ["Access:Users:0:Role"] = "beheerder" });
    }

    [Fact]
    public async Task Toegang_ByName_BindsToTheTeamsObjectIdOnFirstMessage()
    {
        var granted = await BeheerderSaysAsync("toegang Jan de Vries klantmanager");

        var before = await SayAsync("intakes", "jan-teams-id", JanObjectId, "Jan de Vries");
        var impostor = await SayAsync("intakes", "someone-else", null, "Jan de Vries", "webchat");

        Assert.Contains("Genoteerd", granted, StringComparison.Ordinal);
        Assert.DoesNotContain("toegang", before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nog geen toegang", impostor, StringComparison.Ordinal);
        await using var db = await DbAsync();
        var grant = await db.AccessGrants.SingleAsync();
        Assert.Equal(JanObjectId, grant.ObjectId);
        Assert.Null(grant.Invitee);
    }

    [Fact]
    public async Task Toegang_ByName_AfterBinding_ANamesakeInTeamsStaysOut()
    {
        await BeheerderSaysAsync("toegang Jan de Vries klantmanager");
        await SayAsync("intakes", "jan-teams-id", JanObjectId, "Jan de Vries");

        var namesake = await SayAsync("intakes", "other-jan", "7e7e7e7e-0000-4000-8000-000000000002", "Jan de Vries");

        Assert.Contains("nog geen toegang", namesake, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toegang_ByObjectId_WorksAtOnce_AndWegTakesItAway()
    {
        await BeheerderSaysAsync($"toegang {JanObjectId} jobcoach");
        var asJobcoach = await SayAsync("signalen", "jan-teams-id", JanObjectId, "Jan");

        await BeheerderSaysAsync($"toegang {JanObjectId} weg");
        var after = await SayAsync("signalen", "jan-teams-id", JanObjectId, "Jan");

        Assert.Contains("Signalen", asJobcoach, StringComparison.Ordinal);
        Assert.Contains("nog geen toegang", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toegang_TakenAwayMidIntake_NextAnswerRefusedAndEarlierAnswersKept()
    {
        await BeheerderSaysAsync($"toegang {JanObjectId} klantmanager");
        var conversation = "mid-intake";
        await SayInAsync(conversation, "intake");
        await SayInAsync(conversation, "Amir");

        await BeheerderSaysAsync($"toegang {JanObjectId} weg");
        var replies = await SayInAsync(conversation, "ja");

        Assert.Contains("nog geen toegang", replies, StringComparison.Ordinal);
        await using var db = await DbAsync();
        Assert.Equal("Amir", (await db.Intakes.SingleAsync()).ParticipantName);
    }

    [Fact]
    public async Task Toegang_ByEmail_MatchedThroughTheTeamsRoster()
    {
        await BeheerderSaysAsync("toegang p.jansen@bouwbedrijf.nl regisseur");

        var replies = await SayAsync("checklist", "piet-teams-id", "9c0d3b2a-1111-4222-8333-444455556666", "Piet Jansen");

        Assert.DoesNotContain("toegang", replies, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("regisseur", await BeheerderSaysAsync("toegang"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toegang_StatushouderOrUnknownRole_ExplainsInstead()
    {
        var replies = await BeheerderSaysAsync("toegang Amir statushouder");

        Assert.Contains("uitnodiging", replies, StringComparison.Ordinal);
        await using var db = await DbAsync();
        Assert.Empty(db.AccessGrants);
    }

    [Fact]
    public async Task TrajectLid_ByEmail_PartyMemberSeesTheCommitmentsAfterFirstMessage()
    {
        await BeheerderSaysAsync("toegang Rita Regisseur regisseur");
        await using (var db = await DbAsync())
        {
            db.Trajecten.Add(new Store.Trajecten.Traject { Id = "t1", Name = "Warmtepompen", RegisseurId = "rita-id", CreatedAt = DateTimeOffset.UnixEpoch });
            db.Commitments.Add(new Store.Trajecten.Commitment { TrajectId = "t1", Topic = "werkplek", PartyRole = "werkgever", What = "Mentor op de werkvloer" });
            await db.SaveChangesAsync();
        }

        var invited = await SayAsync("traject Warmtepompen lid werkgever p.jansen@bouwbedrijf.nl", "rita-id", "5a5a5a5a-0000-4000-8000-000000000003", "Rita Regisseur");
        var piet = await SayAsync("afspraken", "piet-teams-id", "9c0d3b2a-1111-4222-8333-444455556666", "Piet Jansen");

        Assert.Contains("hoort bij Warmtepompen als", invited, StringComparison.Ordinal);
        Assert.Contains("Mentor op de werkvloer", piet, StringComparison.Ordinal);
    }

    private async Task<string> SayInAsync(string conversation, string text)
    {
        var activity = Activities.Message(text, conversation, "jan-teams-id", "msteams");
        activity.From.AadObjectId = JanObjectId;
        return (await _host.PostAsync(activity)).Texts();
    }

    private Task<string> BeheerderSaysAsync(string text) => SayAsync(text, "beheer-teams-id", "0a0a0a0a-0000-4000-8000-000000000001", "Beheer");

    private async Task<string> SayAsync(string text, string userId, string? objectId, string name, string channel = "msteams")
    {
        var activity = Activities.Message(text, "grant-" + Interlocked.Increment(ref _conversation), userId, channel);
        activity.From.AadObjectId = objectId;
        activity.From.Name = name;
        var replies = await _host.PostAsync(activity);
        return string.Join("\n", replies.Select(r => r.Text + string.Join("\n", (r.Attachments ?? []).Select(a => Newtonsoft.Json.JsonConvert.SerializeObject(a.Content)))));
    }

    private async Task<Store.LeerwerkDb> DbAsync() => await _host.Services.GetRequiredService<IDbContextFactory<Store.LeerwerkDb>>().CreateDbContextAsync();

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
