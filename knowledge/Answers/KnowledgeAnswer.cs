using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Answers;

/// <summary>
/// What the reports say about a question. When <see cref="Found"/> is false, <see cref="Text"/> says so and
/// at most names nearby lessons; it never makes an answer up.
/// </summary>
public sealed record KnowledgeAnswer(string Question, string Text, bool Found, IReadOnlyList<SearchHit> Hits)
{
    public const string NothingFound = "Daarover vind ik niets in de rapporten.";
}
