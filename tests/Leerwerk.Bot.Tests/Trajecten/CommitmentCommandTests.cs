using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store.Trajecten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.Trajecten;

public sealed class CommitmentCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public CommitmentCommandTests() =>
        _host = new BotHost(_database, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(_time);
        });

    [Fact]
    public async Task Afspraak_StatusChanges_RecordedWithHistory()
    {
        var (regisseur, traject) = await SavedTrajectAsync();
        var id = traject.Commitments.First(c => c.Topic == "werving").Id;

        await regisseur.SayAsync($"afspraak {id} bezig");
        var postponed = await regisseur.SayAsync($"afspraak {id} uitgesteld tot eind maart: kandidaat nog in inburgering");
        await regisseur.SayAsync($"afspraak {id} gedaan");

        Assert.Contains("uitgesteld", postponed.Texts(), StringComparison.Ordinal);
        var commitment = (await ChecklistTests.StoredAsync(_host)).Commitments.Single(c => c.Id == id);
        Assert.Equal(CommitmentStatus.Gedaan, commitment.Status);
        Assert.Equal(new DateOnly(2027, 3, 31), commitment.DueDate);
        Assert.Equal([CommitmentStatus.Bezig, CommitmentStatus.Uitgesteld, CommitmentStatus.Gedaan], commitment.History.OrderBy(h => h.Id).Select(h => h.To));
        Assert.Equal("kandidaat nog in inburgering", commitment.History.OrderBy(h => h.Id).ElementAt(1).Note);
        Assert.All(commitment.History, h => Assert.Equal("regisseur-1", h.By));
    }

    [Fact]
    public async Task TeLaat_AfterTheDueDatePassed_ListsOverdueOnly()
    {
        var (regisseur, _) = await SavedTrajectAsync();
        Assert.Contains("Niets te laat", (await regisseur.SayAsync("te laat")).Texts(), StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(150)); // werving was due 1 April 2027
        var late = await regisseur.SayAsync("te laat");

        Assert.Contains("Twee kandidaten voordragen", late.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vast contract", late.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afspraken_AsPartyMember_OnlyThatPartysCommitments()
    {
        await SavedTrajectAsync();
        var werkgever = new QuestionnaireDriver(_host, "wg", "werkgever-1");

        await werkgever.SayAsync("traject Warmtepompen lid werkgever");
        var mine = await werkgever.SayAsync("afspraken");

        Assert.Contains("Vast contract na diploma", mine.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vaktaal Nederlands", mine.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traject_Overview_PartiesPhaseTopicsGapsAndTimelinePicture()
    {
        var (regisseur, _) = await SavedTrajectAsync();
        await regisseur.SayAsync("traject Warmtepompen Zwolle deelnemer Amir");

        var overview = (await regisseur.SayAsync("traject Warmtepompen Zwolle")).Single();

        var card = overview.Attachments.Single(a => a.ContentType == "application/vnd.microsoft.card.adaptive").Content.ToString()!;
        Assert.Contains("Installatiebedrijf Warmer BV", card, StringComparison.Ordinal);
        Assert.Contains("nog niet gestart", card, StringComparison.Ordinal);
        Assert.Contains("Amir", card, StringComparison.Ordinal);
        Assert.Contains("Aandachtspunten", card, StringComparison.Ordinal);
        var picture = overview.Attachments.Single(a => a.ContentType == "image/png");
        var png = Convert.FromBase64String(picture.ContentUrl["data:image/png;base64,".Length..]);
        Assert.Equal(0x89, png[0]);
        Assert.True(png.Length > 5_000);
    }

    [Fact]
    public async Task Traject_Export_MarkdownTableAndCsv()
    {
        var (regisseur, traject) = await SavedTrajectAsync();

        var export = await regisseur.SayAsync("traject Warmtepompen Zwolle export");

        Assert.Contains("| nr | onderwerp | partij |", export[0].Text, StringComparison.Ordinal);
        var csv = export[1].Text.Split('\n').Where(l => l.Contains(';', StringComparison.Ordinal)).ToList();
        Assert.Equal(traject.Commitments.Count + 1, csv.Count);
    }

    private async Task<(QuestionnaireDriver Regisseur, Traject Traject)> SavedTrajectAsync()
    {
        var regisseur = new QuestionnaireDriver(_host, "overleg", "regisseur-1", "msteams");
        await regisseur.SayAsync("checklist");
        await regisseur.AnswerAllAsync(ChecklistTests.Warmtepompen);
        await regisseur.SayAsync("ja");
        return (regisseur, await ChecklistTests.StoredAsync(_host));
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
