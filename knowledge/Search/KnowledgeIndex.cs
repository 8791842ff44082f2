using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// In-memory Lucene index of lessons and passages. Searches share one searcher through a
/// <see cref="SearcherManager"/>, which is only refreshed when passages are added or removed.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _documentAnalyzer = DutchAnalysis.Documents();
    private readonly Analyzer _queryAnalyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<string, IndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _stems = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _writeLock = new();

    public KnowledgeIndex(IEnumerable<IndexEntry> entries, SynonymMap synonyms)
    {
        _queryAnalyzer = DutchAnalysis.Queries(synonyms);
        var config = new IndexWriterConfig(DutchAnalysis.Version, _documentAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        foreach (var entry in entries)
            Put(entry);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public int Count => _entries.Count;

    public IReadOnlyList<TermGroup> Terms(string text) => QueryTerms.Analyze(_queryAnalyzer, text);

    public void Add(IEnumerable<IndexEntry> entries)
    {
        lock (_writeLock)
        {
            foreach (var entry in entries)
                Put(entry);
            _searchers.MaybeRefreshBlocking();
        }
    }

    public void RemovePassages(string sourceId)
    {
        lock (_writeLock)
        {
            var doomed = new BooleanQuery
            {
                { new TermQuery(new Term(Fields.Kind, Fields.PassageKind)), Occur.MUST },
                { new TermQuery(new Term(Fields.Source, sourceId)), Occur.MUST },
            };
            _writer.DeleteDocuments(doomed);
            foreach (var entry in _entries.Values.Where(e => e.Passage is not null && e.SourceId == sourceId))
            {
                _entries.TryRemove(entry.Id, out _);
                _stems.TryRemove(entry.Id, out _);
            }

            _searchers.MaybeRefreshBlocking();
        }
    }

    public IReadOnlyList<IndexMatch> Search(IReadOnlyList<TermGroup> groups, Query? extra, Filter? filter, int max)
    {
        var query = QueryFactory.Text(groups);
        if (extra is not null)
            query.Add(extra, Occur.SHOULD);
        if (query.Clauses.Count == 0 || max <= 0)
            return [];

        var searcher = _searchers.Acquire();
        try
        {
            var weights = TermWeights.For(searcher.IndexReader, groups);
            var top = searcher.Search(query, filter, max);
            var matches = new List<IndexMatch>(top.ScoreDocs.Length);
            foreach (var scored in top.ScoreDocs)
            {
                var id = searcher.Doc(scored.Doc).Get(Fields.Id);
                if (id is not null && _entries.TryGetValue(id, out var entry))
                    matches.Add(new IndexMatch(entry, scored.Score, weights.Coverage(_stems[id])));
            }

            return matches;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _documentAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _directory.Dispose();
    }

    private void Put(IndexEntry entry)
    {
        _writer.UpdateDocument(new Term(Fields.Id, entry.Id), DocumentFactory.Create(entry));
        _entries[entry.Id] = entry;
        _stems[entry.Id] = Stems($"{entry.Title} {entry.Text} {entry.Section} {string.Join(' ', entry.Themes)}");
    }

    private HashSet<string> Stems(string text) =>
        QueryTerms.Analyze(_documentAnalyzer, text).Select(g => g.Original).ToHashSet(StringComparer.Ordinal);
}
