namespace Leerwerk.Knowledge.Search;

/// <summary>One content word of a query: its stem plus the stems of its synonyms.</summary>
internal sealed record TermGroup(string Original, IReadOnlyList<string> Synonyms)
{
    public IEnumerable<string> All => Synonyms.Prepend(Original);
}
