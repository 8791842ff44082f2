namespace Leerwerk.Knowledge.Tests.Search;

/// <summary>Three lessons with known words, so search tests do not depend on what the writers add.</summary>
internal sealed class SmallKnowledge : IDisposable
{
    private readonly TempKnowledge _folder = new TempKnowledge()
        .WriteLesson(
            "000-001",
            title: "Regel kinderopvang voordat de opleiding begint",
            body: "Moeders haakten af omdat er voor hun kinderen geen plek bij de kinderopvang was. Regel de opvang al bij de intake.",
            themes: "[kinderopvang, uitval]",
            roles: "[klantmanager]",
            phases: "[intake]")
        .WriteLesson(
            "001-001",
            title: "Houd deelnemers vast met een vaste jobcoach",
            body: "Deelnemers die uitvallen noemen vaak het ontbreken van een vast aanspreekpunt. Een jobcoach die blijft helpt.",
            themes: "[begeleiding, uitval]",
            roles: "[jobcoach]",
            phases: "[leerwerktraject, plaatsing]")
        .WriteLesson(
            "002-001",
            title: "Leg de reistijd naar het leerbedrijf vooraf vast",
            body: "Wie zonder rijbewijs anderhalf uur met het openbaar vervoer reist, houdt het niet vol. Kies een werkplek dichtbij.",
            themes: "[vervoer]",
            roles: "[werkgever, klantmanager]",
            phases: "[alle]");

    public SmallKnowledge() => Knowledge = KnowledgeBase.Load(_folder.Path);

    public KnowledgeBase Knowledge { get; }

    public void Dispose()
    {
        Knowledge.Dispose();
        _folder.Dispose();
    }
}
