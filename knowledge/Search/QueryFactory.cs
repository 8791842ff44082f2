using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Leerwerk.Knowledge.Search;

internal static class QueryFactory
{
    /// <summary>Each content word adds at most one match per field, however many synonyms it has.</summary>
    /// <param name="known">
    /// Only terms a field holds are queried: a missing term scores nothing anyway (BM25 has no coordination
    /// factor), and each term query costs a lookup and its garbage.
    /// </param>
    public static BooleanQuery Text(IReadOnlyList<TermGroup> groups, DocFrequencies known)
    {
        var query = new BooleanQuery();
        foreach (var group in groups)
        {
            var perField = new BooleanQuery();
            foreach (var (field, boost) in Fields.Searched)
            {
                var alternatives = new DisjunctionMaxQuery(0f);
                foreach (var (term, weight) in group.Weighted.Where(w => known.Has(field, w.Term)))
                    alternatives.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight });

                if (alternatives.Disjuncts.Count > 0)
                    perField.Add(alternatives, Occur.SHOULD);
            }

            if (perField.Clauses.Count > 0)
                query.Add(perField, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Lessons that carry every label asked for; passages have no labels and always pass.</summary>
    public static Filter? Filter(SearchFilter? filter, bool lessonsOnly)
    {
        if ((filter is null || filter.IsEmpty) && !lessonsOnly)
            return null;

        var lessons = new BooleanQuery { { new TermQuery(new Term(Fields.Kind, Fields.LessonKind)), Occur.MUST } };
        AddLabel(lessons, Fields.Role, filter?.Role);
        AddLabel(lessons, Fields.Theme, filter?.Theme);
        AddLabel(lessons, Fields.Phase, filter?.Phase);

        var allowed = new BooleanQuery { { lessons, Occur.SHOULD } };
        if (!lessonsOnly)
            allowed.Add(new TermQuery(new Term(Fields.Kind, Fields.PassageKind)), Occur.SHOULD);
        return new QueryWrapperFilter(allowed);
    }

    private static void AddLabel(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            query.Add(new TermQuery(new Term(field, value.Trim().ToLowerInvariant())), Occur.MUST);
    }
}
