using System.Diagnostics;
using Leerwerk.Knowledge.Answers;
using Leerwerk.Knowledge.Lessons;
using Leerwerk.Knowledge.Passages;
using Leerwerk.Knowledge.Reports;
using Leerwerk.Knowledge.Search;
using Lucene.Net.Search;

namespace Leerwerk.Knowledge;

/// <summary>
/// The lessons of the five reports, searchable in Dutch. Load once at start-up and share: searching is
/// thread-safe; adding or removing passages briefly blocks other writers, not readers.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private const int AnswerCandidates = 10;

    private readonly KnowledgeIndex _index;
    private readonly HitFactory _hits;
    private readonly AnswerComposer _composer;

    private KnowledgeBase(IReadOnlyList<Lesson> lessons, IReadOnlyDictionary<string, Report> reports, string synonymsPath)
    {
        var clock = Stopwatch.StartNew();
        Lessons = lessons;
        Reports = reports;
        _index = new KnowledgeIndex(lessons.Select(IndexEntry.From), SynonymFile.Load(synonymsPath));
        _hits = new HitFactory(reports);
        _composer = new AnswerComposer(new FoundRule(), _hits);
        IndexBuildTime = clock.Elapsed;
    }

    public IReadOnlyList<Lesson> Lessons { get; }

    public IReadOnlyDictionary<string, Report> Reports { get; }

    /// <summary>How long reading the synonyms and indexing the lessons took, for the start-up log.</summary>
    public TimeSpan IndexBuildTime { get; }

    /// <summary>Loads <c>reports.yaml</c>, <c>synonyms.txt</c> and <c>lessons/**</c> from <paramref name="directory"/>.</summary>
    /// <param name="seedsDirectory">The report texts, if at hand: lesson line ranges are then checked against them.</param>
    /// <exception cref="KnowledgeLoadException">Listing every problem found.</exception>
    public static KnowledgeBase Load(string directory, string? seedsDirectory = null)
    {
        var (result, reports) = Read(directory, seedsDirectory);
        if (result.Errors.Count > 0)
            throw new KnowledgeLoadException(result.Errors);
        return new KnowledgeBase(result.Lessons, reports, Path.Combine(directory, SynonymFile.FileName));
    }

    /// <summary>Checks every lesson without building the index; for <c>knowledge check</c>.</summary>
    public static LessonLoadResult Check(string directory, string? seedsDirectory = null) =>
        Read(directory, seedsDirectory).Result;

    public IReadOnlyList<SearchHit> Search(string query, SearchFilter? filter = null, int max = 5) =>
        Match(query, filter, max, lessonsOnly: false).Select(_hits.Create).ToList();

    public KnowledgeAnswer Answer(string question, SearchFilter? filter = null) =>
        _composer.Compose(question, Match(question, filter, AnswerCandidates, lessonsOnly: false));

    /// <summary>
    /// Lessons that fit a barrier, checklist gap or check-in signal. A theme of the lesson vocabulary
    /// ("kinderopvang") gives that theme's lessons, those that mention it most first; any other text is
    /// searched. A role narrows the lessons, unless none would be left.
    /// </summary>
    public IReadOnlyList<SearchHit> LessonsFor(string topic, string? role = null, int max = 3)
    {
        var theme = ThemeAliases.Resolve(topic);
        var browse = theme is null ? null : new MatchAllDocsQuery { Boost = 0.01f };
        var matches = Match(topic, new SearchFilter(role, theme), max, lessonsOnly: true, browse);
        if (matches.Count == 0 && role is not null)
            matches = Match(topic, new SearchFilter(Theme: theme), max, lessonsOnly: true, browse);
        return matches.Where(m => theme is not null || m.Coverage > 0).Select(_hits.Create).ToList();
    }

    /// <summary>Adds (or replaces, by id) passages; they are searchable as soon as this returns.</summary>
    public void AddPassages(IEnumerable<Passage> passages) => _index.Add(passages.Select(IndexEntry.From));

    public void RemovePassages(string sourceId) => _index.RemovePassages(sourceId);

    public void Dispose() => _index.Dispose();

    /// <summary>The content words a question is searched with, for tests and diagnostics.</summary>
    internal IReadOnlyList<TermGroup> Terms(string text) => _index.Terms(text);

    internal IReadOnlyList<IndexMatch> Match(string text, SearchFilter? filter, int max, bool lessonsOnly, Query? extra = null) =>
        _index.Search(_index.Terms(text), extra, QueryFactory.Filter(filter, lessonsOnly), max);

    private static (LessonLoadResult Result, IReadOnlyDictionary<string, Report> Reports) Read(string directory, string? seedsDirectory)
    {
        var reportsPath = Path.Combine(directory, ReportRegistry.FileName);
        if (!File.Exists(reportsPath))
            return (new LessonLoadResult([], [new LessonError(reportsPath, "reports", "bestand ontbreekt")]), new Dictionary<string, Report>());

        var reports = ReportRegistry.Load(reportsPath);
        var rules = new LessonRules(reports.Keys.ToHashSet(), SeedFiles.LineCounts(seedsDirectory, reports.Values));
        return (LessonLoader.Load(Path.Combine(directory, "lessons"), rules), reports);
    }
}
