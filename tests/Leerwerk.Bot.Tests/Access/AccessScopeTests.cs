using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>The right role is not enough: each person sees only their own participants and trajecten.</summary>
public sealed class AccessScopeTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Fact]
    public async Task Intake_OtherKlantmanagersParticipant_NotFound()
    {
        var mine = (await fixture.SayAsync(AccessFixture.Klantmanager, "intake Amir")).Texts();
        var theirs = (await fixture.SayAsync(AccessFixture.Klantmanager, "intake Sara")).Texts();

        Assert.DoesNotContain("Ik vind geen intake", mine, StringComparison.Ordinal);
        Assert.Contains("Ik vind geen intake van 'Sara'", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intakes_Klantmanager_ListsOnlyTheirOwn()
    {
        var replies = (await fixture.SayAsync(AccessFixture.Klantmanager, "intakes")).Texts();

        Assert.Contains("Amir", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traject_OtherRegisseursTraject_NotFoundAndNothingShown()
    {
        var replies = (await fixture.SayAsync(AccessFixture.Regisseur, "traject Zonnepanelen Zuid")).Texts();

        Assert.Contains("Ik vind geen traject", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", replies, StringComparison.Ordinal);
        Assert.Contains("Sara", (await fixture.SayAsync(AccessFixture.OtherRegisseur, "traject Zonnepanelen Zuid")).Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traject_JobcoachOfIt_SeesIt_OtherJobcoachDoesNot()
    {
        Assert.Contains("Amir", (await fixture.SayAsync(AccessFixture.Jobcoach, "traject Warmtepompen Noord")).Texts(), StringComparison.Ordinal);
        Assert.Contains("Ik vind geen traject", (await fixture.SayAsync(AccessFixture.Jobcoach, "traject Zonnepanelen Zuid")).Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afspraak_OtherTrajectsCommitment_NotFoundAndUnchanged()
    {
        var id = fixture.OtherTrajectCommitment;

        var replies = (await fixture.SayAsync(AccessFixture.Werkgever, $"afspraak {id} gedaan")).Texts();

        Assert.Contains("vind ik niet", replies, StringComparison.Ordinal);
        await using var db = await fixture.DbAsync();
        Assert.Equal(Store.Trajecten.CommitmentStatus.Open, db.Commitments.Single(c => c.Id == id).Status);
    }

    [Fact]
    public async Task Afspraak_OwnPartysCommitment_Changed_OtherPartysNot()
    {
        var werkgever = (await fixture.SayAsync(AccessFixture.Werkgever, $"afspraak {fixture.WerkgeverCommitment} bezig")).Texts();
        await using var db = await fixture.DbAsync();
        var jobcoachCommitment = db.Commitments.Single(c => c.TrajectId == "t-noord" && c.PartyRole == "jobcoach").Id;

        var other = (await fixture.SayAsync(AccessFixture.Werkgever, $"afspraak {jobcoachCommitment} gedaan")).Texts();

        Assert.Contains("staat nu op", werkgever, StringComparison.Ordinal);
        Assert.Contains("vind ik niet", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrajectDeelnemer_RegisseurOfAnotherTraject_CannotAdd()
    {
        var replies = (await fixture.SayAsync(AccessFixture.OtherRegisseur, "traject Warmtepompen Noord deelnemer Eva")).Texts();

        Assert.Contains("Ik vind geen traject", replies, StringComparison.Ordinal);
        await using var db = await fixture.DbAsync();
        Assert.DoesNotContain(db.TrajectParticipants, p => p.Name == "Eva");
    }

    [Fact]
    public async Task Tijdlijn_ParticipantOfAnother_NotFound()
    {
        Assert.Contains("Ik vind geen deelnemer", (await fixture.SayAsync(AccessFixture.Klantmanager, "tijdlijn Sara")).Texts(), StringComparison.Ordinal);
        Assert.Contains("Tijdlijn Amir", (await fixture.SayAsync(AccessFixture.Klantmanager, "tijdlijn Amir")).Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUser_AnyCommand_PoliteNoAccessWithWhomToAskAndTheirCode()
    {
        var replies = (await fixture.SayAsync("stranger-9", "intakes", "msteams", objectId: "6f1f7c7e-0000-4000-8000-00000000abcd")).Texts();

        Assert.Contains("nog geen toegang", replies, StringComparison.Ordinal);
        Assert.Contains("Functioneel beheer (fb@gemeente.nl)", replies, StringComparison.Ordinal);
        Assert.Contains("6f1f7c7e-0000-4000-8000-00000000abcd", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUser_Question_StillAnsweredFromTheReports()
    {
        var replies = (await fixture.SayAsync("stranger-10", "hoe houden we werkgevers betrokken?")).Texts();

        Assert.Contains("Bron", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_SaysTheRole_OrWhomToAsk()
    {
        Assert.Contains("Jouw rol: **jobcoach**", (await fixture.SayAsync(AccessFixture.Jobcoach, "help")).Texts(), StringComparison.Ordinal);
        Assert.Contains("nog geen toegang", (await fixture.SayAsync("stranger-11", "help")).Texts(), StringComparison.Ordinal);
    }
}
