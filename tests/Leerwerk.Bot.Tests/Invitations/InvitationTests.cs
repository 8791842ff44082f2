using System.Text.RegularExpressions;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Invitations;

public sealed partial class InvitationTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public InvitationTests() => _host = new BotHost(_database, services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_time);
    });

    [Fact]
    public async Task Invitation_OpenedByStatushouder_LandsInTheirOwnIntake()
    {
        var code = await InviteAsync("Nour");

        var opened = await _host.PostAsync(InvitationEvent(code, "sh-nour"));
        var statushouder = new QuestionnaireDriver(_host, "web-sh-nour", "sh-nour", "webchat");
        await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = "Nour" });

        Assert.NotEmpty(opened);
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var intake = await StoredIntakes.SingleAsync(_host);
        Assert.Equal("km-1", intake.KlantmanagerId);
        Assert.Equal("sh-nour", intake.StatushouderId);
        Assert.All(intake.Answers, a => Assert.Equal("statushouder", a.AnsweredAs));
        Assert.Contains("Nour", (await new QuestionnaireDriver(_host, "km", "km-1").SayAsync("intakes")).Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_UsedByAnother_RefusedClearly()
    {
        var code = await InviteAsync("Nour");
        await _host.PostAsync(InvitationEvent(code, "sh-nour"));

        var other = await _host.PostAsync(InvitationEvent(code, "someone-else"));

        Assert.Contains("al gebruikt", other.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_AfterSevenDays_Expired()
    {
        var code = await InviteAsync("Nour");
        _time.Advance(TimeSpan.FromDays(8));

        var late = await _host.PostAsync(InvitationEvent(code, "sh-nour"));

        Assert.Contains("te oud", late.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_GuessingCodes_RateLimited()
    {
        await InviteAsync("Nour");
        for (var i = 0; i < 5; i++) Assert.Contains("ken ik niet", (await _host.PostAsync(InvitationEvent("GUESS" + i, "guesser"))).Texts(), StringComparison.Ordinal);

        var blocked = await _host.PostAsync(InvitationEvent("ANOTHER", "guesser"));

        Assert.Contains("te vaak fout", blocked.Texts(), StringComparison.Ordinal);
    }

    private async Task<string> InviteAsync(string name)
    {
        var reply = await new QuestionnaireDriver(_host, "km", "km-1").SayAsync("uitnodiging " + name);
        return CodePattern().Match(reply.Texts()).Groups[1].Value;
    }

    private static Activity InvitationEvent(string code, string userId)
    {
        var activity = Activities.Message(string.Empty, "web-" + userId, userId, "webchat");
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = "invitation";
        activity.Value = new JObject { ["code"] = code };
        return activity;
    }

    [GeneratedRegex(@"\?code=([A-Z0-9]+)")]
    private static partial Regex CodePattern();

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
