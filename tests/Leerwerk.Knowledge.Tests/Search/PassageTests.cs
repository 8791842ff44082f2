using Leerwerk.Knowledge.Passages;
using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Tests.Search;

public sealed class PassageTests : IDisposable
{
    private readonly SmallKnowledge _small = new();

    private static readonly Passage Huisvesting = new(
        "import-1/p3", "import-1", "Huisvesting dichtbij het werk", "Regionaal onderzoek Twente", "p. 3",
        "Statushouders die een woning krijgen ver van hun leerbedrijf verhuizen vaak binnen het eerste jaar.");

    [Fact]
    public void AddPassages_ThenSearch_FindsPassageWithSource()
    {
        _small.Knowledge.AddPassages([Huisvesting]);

        var hit = _small.Knowledge.Search("woning verhuizen").First();

        Assert.Equal("import-1/p3", hit.Id);
        Assert.Null(hit.ReportId);
        Assert.Same(Huisvesting, hit.Passage);
        Assert.Equal("Bron: Regionaal onderzoek Twente, p. 3", hit.Citation);
    }

    [Fact]
    public void AddPassages_WithLessonFilter_PassageStillFound()
    {
        _small.Knowledge.AddPassages([Huisvesting]);

        var hits = _small.Knowledge.Search("woning", new SearchFilter(Role: "jobcoach"));

        Assert.Contains(hits, h => h.Id == "import-1/p3");
    }

    [Fact]
    public void RemovePassages_BySource_NoLongerFound()
    {
        _small.Knowledge.AddPassages([Huisvesting]);

        _small.Knowledge.RemovePassages("import-1");

        Assert.DoesNotContain(_small.Knowledge.Search("woning verhuizen"), h => h.Passage is not null);
        Assert.Equal(3, _small.Knowledge.Search("kinderopvang reistijd jobcoach", max: 10).Count);
    }

    public void Dispose() => _small.Dispose();
}
