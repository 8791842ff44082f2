using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Store;
using Leerwerk.Store.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.Trajecten;

public sealed class ChecklistTests : IDisposable
{
    /// <summary>A warmtepomp-monteur traject: a gemeente, an installer, an mbo-opleider and two statushouders.</summary>
    public static readonly Dictionary<string, string> Warmtepompen = new()
    {
        ["traject_naam"] = "Warmtepompen Zwolle", ["traject_start"] = "1-2-2027", ["functies"] = "warmtepompmonteur",
        ["partijen"] = "regisseur, werkgever, opleider, mentor, statushouder",
        ["partij_regisseur_naam"] = "Gemeente Zwolle, Fatma de Wit", ["partij_werkgever_naam"] = "Installatiebedrijf Warmer BV, Joost Kamp",
        ["partij_opleider_naam"] = "Deltion College", ["partij_mentor_naam"] = "Collega-monteur Piet", ["partij_statushouder_naam"] = "Amir en Sara",
        ["deelnemers"] = "2", ["doel"] = "Twee statushouders werken binnen 18 maanden als warmtepompmonteur met een mbo-2 diploma.",
        ["partij_werkgever_verwachting"] = "Leerwerkplek, begeleiding door een vakman, 2 dagen per week", ["kosten_werkgever"] = "€ 12.000",
        ["duur_voortraject"] = "ok", ["duur_werving"] = "2 maanden", ["duur_voorschakel"] = "3 maanden", ["duur_leerwerk"] = "12 maanden", ["duur_nazorg"] = "ok",
        ["taalondersteuning_partijen"] = "opleider", ["taalondersteuning_afspraak"] = "Vaktaal Nederlands, 1 dag per week", ["taalondersteuning_maanden"] = "6", ["taalondersteuning_kosten"] = "€ 3.000",
        ["begeleiding_partijen"] = "regisseur, mentor", ["begeleiding_afspraak"] = "Jobcoaching en een buddy op de werkvloer", ["begeleiding_maanden"] = "18", ["begeleiding_buddy"] = "nee",
        ["werving_partijen"] = "regisseur", ["werving_afspraak"] = "Twee kandidaten voordragen", ["werving_maanden"] = "2",
        ["voortraject_partijen"] = "opleider", ["voortraject_afspraak"] = "VCA en oriëntatie", ["voortraject_maanden"] = "3",
        ["leerwerk_partijen"] = "werkgever, opleider", ["leerwerk_afspraak"] = "BBL mbo-2 monteur", ["leerwerk_maanden"] = "15", ["leerwerk_kosten"] = "€ 8.000",
        ["matching_partijen"] = "werkgever", ["matching_afspraak"] = "Vast contract na diploma", ["matching_maanden"] = "18",
    };

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Checklist_WarmtepompTraject_ConfirmedIntoTheExpectedCommitments()
    {
        using var host = new BotHost(_database);
        var regisseur = new QuestionnaireDriver(host, "overleg", "regisseur-1", "msteams");
        await regisseur.SayAsync("checklist");

        var proposal = await regisseur.AnswerAllAsync(Warmtepompen);
        Assert.Contains("Kloppen deze afspraken?", string.Join("\n", proposal.Select(a => a.Text + string.Join(' ', (a.Attachments ?? []).Select(x => x.Content?.ToString())))), StringComparison.Ordinal);
        var saved = await regisseur.SayAsync("ja");

        Assert.Contains("Opgeslagen: **Warmtepompen Zwolle**", saved.Texts(), StringComparison.Ordinal);
        var traject = await StoredAsync(host);
        Assert.Equal(new DateOnly(2027, 2, 1), traject.StartDate);
        var leerwerk = traject.Commitments.Where(c => c.Topic == "leerwerk").OrderBy(c => c.PartyRole).ToList();
        Assert.Equal(["opleider", "werkgever"], leerwerk.Select(c => c.PartyRole));
        Assert.All(leerwerk, c => Assert.Equal(new DateOnly(2028, 5, 1), c.DueDate));
        Assert.All(leerwerk, c => Assert.Equal(4000m, c.Cost));
        Assert.Contains(traject.Commitments, c => c.Topic == "taalondersteuning" && c.PartyRole == "opleider" && c.What.StartsWith("Vaktaal", StringComparison.Ordinal) && c.Cost == 3000m);
        Assert.Contains(traject.Commitments, c => c.Topic == TrajectTopics.Responsibilities && c.PartyRole == "werkgever" && c.Cost == 12000m);
        Assert.Equal(5, traject.Parties.Count);
        Assert.Contains(TrajectStore.Gaps(traject), g => g.Label.Contains("buddy", StringComparison.OrdinalIgnoreCase) && g.Lesson is not null);
    }

    [Fact]
    public async Task Checklist_InGroupChat_EveryAnswerRecordsWhoGaveIt()
    {
        using var host = new BotHost(_database);
        var regisseur = new QuestionnaireDriver(host, "groep", "regisseur-1");
        var werkgever = new QuestionnaireDriver(host, "groep", "werkgever-1");
        await regisseur.SayAsync("checklist");
        await regisseur.SayAsync("Isolatie Deventer");
        await werkgever.SayAsync("1-3-2027");

        var state = await regisseur.StateAsync();

        Assert.Equal("regisseur-1", state!.Answers["traject_naam"].By);
        Assert.Equal("werkgever-1", state.Answers["traject_start"].By);
    }

    [Fact]
    public async Task Checklist_ListRejected_ReopensAtChangeWithAnswersKept()
    {
        using var host = new BotHost(_database);
        var regisseur = new QuestionnaireDriver(host, "nee", "regisseur-1");
        await regisseur.SayAsync("checklist");
        await regisseur.AnswerAllAsync(Warmtepompen);

        var reopened = await regisseur.SayAsync("nee");

        Assert.Contains("Welk antwoord wil je wijzigen?", reopened.Texts(), StringComparison.Ordinal);
        Assert.Contains("Warmtepompen Zwolle", reopened.Texts(), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        Assert.Empty(await db.Trajecten.ToListAsync());
    }

    internal static async Task<Traject> StoredAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        return await db.Trajecten.Include(t => t.Parties).Include(t => t.Commitments).ThenInclude(c => c.History).SingleAsync();
    }

    public void Dispose() => _database.Dispose();
}
