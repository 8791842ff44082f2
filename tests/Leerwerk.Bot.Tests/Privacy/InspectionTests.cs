using System.Text.Json;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Tests.Privacy;

public sealed class InspectionTests : IDisposable
{
    private const string Story = "Ik was kapper in Damascus";
    private readonly PrivacyFixture _fixture = new();

    [Fact]
    public async Task Inzage_AsBeheerder_MarkdownAndJsonWithDecryptedAnswersAndCheckIns()
    {
        var intakeId = await _fixture.SelfIntakeAsync("Amir", "sh-amir", answers: new Dictionary<string, string> { ["achtergrond"] = Story });
        await _fixture.TrajectWithCheckInAsync("Amir", intakeId);

        var replies = await _fixture.Beheerder.SayAsync("inzage Amir");

        Assert.Equal(3, replies.Count);
        var markdown = replies[1].Text;
        Assert.Contains("## Gegevens over Amir", markdown, StringComparison.Ordinal);
        Assert.Contains(Story, markdown, StringComparison.Ordinal);
        Assert.Contains("Toestemming gegeven op", markdown, StringComparison.Ordinal);
        Assert.Contains("### Traject Zonnepanelen Utrecht", markdown, StringComparison.Ordinal);
        Assert.Contains(PrivacyFixture.Note, markdown, StringComparison.Ordinal);
        var json = JsonDocument.Parse(replies[2].Text.Trim('`').Replace("json\n", "", StringComparison.Ordinal)).RootElement;
        var intake = Assert.Single(json.GetProperty("intakes").EnumerateArray().ToList());
        Assert.Equal("sh-amir", intake.GetProperty("statushouder").GetString());
        Assert.StartsWith("intake-zelf v2 nl-eenvoudig #", intake.GetProperty("consentVersion").GetString(), StringComparison.Ordinal);
        Assert.Contains(intake.GetProperty("answers").EnumerateArray(), a => a.GetProperty("display").GetString() == Story);
        var checkIn = Assert.Single(Assert.Single(json.GetProperty("trajecten").EnumerateArray().ToList()).GetProperty("checkIns").EnumerateArray().ToList());
        Assert.Equal(PrivacyFixture.Note, checkIn.GetProperty("note").GetString());
        Assert.Contains(json.GetProperty("botState").EnumerateArray(), s => s.GetProperty("key").GetString() == "webchat/users/sh-amir");
        Assert.Contains(json.GetProperty("auditLog").EnumerateArray(), a => a.GetProperty("action").GetString() == "uitnodiging");
        Assert.DoesNotContain(await InvitationCodesAsync(), code => replies.Texts().Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inzage_Statushouder_OnlyTheirOwnInTheirLanguage()
    {
        await _fixture.SelfIntakeAsync("Amir", "sh-amir", answers: new Dictionary<string, string> { ["achtergrond"] = Story });
        await _fixture.SelfIntakeAsync("Sara", "sh-sara");
        var amir = _fixture.Statushouder("sh-amir");

        var own = await amir.SayAsync("inzage");
        var other = await amir.SayAsync("inzage Sara");

        Assert.StartsWith("Dit bewaren we over jou.", own[0].Text, StringComparison.Ordinal);
        Assert.Contains(Story, own.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", own.Texts(), StringComparison.Ordinal);
        var notFound = Assert.Single(other);
        Assert.Contains("Ik vind niets over 'Sara' dat bij jou hoort", notFound.Text, StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        Assert.Contains(await db.AuditLog.Where(a => a.ActorId == "sh-amir" && a.Action == "inzage").Select(a => a.Result).ToListAsync(), r => r == "niet gevonden");
    }

    [Fact]
    public async Task Inzage_AsKlantmanager_RefusedByTheGate()
    {
        await _fixture.SelfIntakeAsync("Amir", "sh-amir");

        var replies = await _fixture.Klantmanager().SayAsync("inzage Amir");

        Assert.DoesNotContain("Gegevens over", replies.Texts(), StringComparison.Ordinal);
        Assert.Contains("beheerder", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inzage_UnknownName_NotFoundAndAudited()
    {
        var replies = await _fixture.Beheerder.SayAsync("inzage Niemand");

        Assert.Contains("Ik vind niets over 'Niemand'", Assert.Single(replies).Text, StringComparison.Ordinal);
        await using var db = await _fixture.DbAsync();
        Assert.Equal("niet gevonden", (await db.AuditLog.SingleAsync(a => a.Action == "inzage")).Result);
    }

    private async Task<List<string>> InvitationCodesAsync()
    {
        await using var db = await _fixture.DbAsync();
        return await db.Invitations.Select(i => i.Code).ToListAsync();
    }

    public void Dispose() => _fixture.Dispose();
}
