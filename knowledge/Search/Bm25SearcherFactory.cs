using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Leerwerk.Knowledge.Search;

internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new BM25Similarity() };
}
