namespace Leerwerk.Knowledge.Search;

/// <summary>
/// A ranked document with the share of the query's content words it contains, weighted by how rare each
/// word is (<see cref="Coverage"/>, 0..1): BM25 scores alone cannot be compared across questions.
/// <see cref="TitleCoverage"/> is the same share for the title alone.
/// </summary>
internal sealed record IndexMatch(IndexEntry Entry, float Score, double Coverage, double LargestGap, double TitleCoverage = 0);
