using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
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

    // The parts field holds stems already (DocumentWords.Parts); analyzing them again would stem them twice.
    private readonly Analyzer _partsAnalyzer = new WhitespaceAnalyzer(DutchAnalysis.Version);
    private readonly Analyzer _indexAnalyzer;
    private readonly SynonymTable _synonyms;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<string, IndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentWords> _words = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _writeLock = new();
    private volatile Lexicon _lexicon = new([]);

    public KnowledgeIndex(IEnumerable<IndexEntry> entries, SynonymTable synonyms)
    {
        _synonyms = synonyms;
        _indexAnalyzer = new PerFieldAnalyzerWrapper(_documentAnalyzer, new Dictionary<string, Analyzer> { [Fields.Parts] = _partsAnalyzer });
        var config = new IndexWriterConfig(DutchAnalysis.Version, _indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        // Ids are unique (the loader checks), so no update-by-id is needed, and nothing is ever read back
        // from disk, so no commit: the searcher manager reads the writer's buffer directly.
        Put(entries, replace: false);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public int Count => _entries.Count;

    public IReadOnlyList<TermGroup> Terms(string text)
    {
        var words = QueryTerms.Words(_documentAnalyzer, text).DistinctBy(w => w.Stem).Select(w => (w.Stem, w.Surface)).ToList();
        return _lexicon.Expand(words, Particles.In(text), _synonyms);
    }

    public void Add(IEnumerable<IndexEntry> entries)
    {
        lock (_writeLock)
        {
            Put(entries, replace: true);
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
                _words.TryRemove(entry.Id, out _);
            }

            RefreshLexicon();
            _searchers.MaybeRefreshBlocking();
        }
    }

    public IReadOnlyList<IndexMatch> Search(IReadOnlyList<TermGroup> groups, Query? extra, Filter? filter, int max)
    {
        if (max <= 0)
            return [];

        var searcher = _searchers.Acquire();
        try
        {
            var frequencies = DocFrequencies.Of(searcher.IndexReader, groups.SelectMany(g => g.All));
            var query = QueryFactory.Text(groups, frequencies);
            if (extra is not null)
                query.Add(extra, Occur.SHOULD);
            if (query.Clauses.Count == 0)
                return [];

            var weights = TermWeights.For(searcher.IndexReader, groups, frequencies);
            var top = searcher.Search(query, filter, Math.Max(max, Reranking.Candidates));
            var matches = new List<IndexMatch>(top.ScoreDocs.Length);
            foreach (var scored in top.ScoreDocs)
            {
                var id = searcher.Doc(scored.Doc).Get(Fields.Id);
                if (id is not null && _entries.TryGetValue(id, out var entry) && _words.TryGetValue(id, out var words))
                    matches.Add(new IndexMatch(entry, scored.Score, weights.Coverage(words), weights.LargestGap(words), words.Title is { } title ? weights.Coverage(title) : 0));
            }

            return Reranking.Apply(matches, max);
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
        _indexAnalyzer.Dispose();
        _partsAnalyzer.Dispose();
        _documentAnalyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>
    /// Two passes: the compounds of a document can only be split once the words of every document are
    /// known, so the vocabulary is read first and the documents are indexed after. Documents already in the
    /// index keep the parts they were indexed with.
    /// </summary>
    private void Put(IEnumerable<IndexEntry> entries, bool replace)
    {
        var batch = entries.ToList();
        foreach (var entry in batch)
        {
            _entries[entry.Id] = entry;
            _words[entry.Id] = DocumentWords.Of(_documentAnalyzer, entry.Title, $"{entry.Text} {entry.Section} {string.Join(' ', entry.Themes)}");
        }

        RefreshLexicon();
        foreach (var entry in batch)
        {
            var words = _words[entry.Id] = _words[entry.Id].WithParts(_lexicon);
            var document = DocumentFactory.Create(entry, words.Parts);
            if (replace)
                _writer.UpdateDocument(new Term(Fields.Id, entry.Id), document);
            else
                _writer.AddDocument(document);
        }
    }

    private void RefreshLexicon() => _lexicon = new Lexicon(_words.Values);
}
