using System.Text;
using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Answers;

/// <summary>Writes the chat answer from the ranked matches: the best one to three lessons, each with its source.</summary>
internal sealed class AnswerComposer(FoundRule rule, HitFactory hits)
{
    private const int MaxLessons = 3;

    // Further lessons must be nearly as good as the best, or the answer drifts off the question.
    private const float RelativeScore = 0.6f;

    public KnowledgeAnswer Compose(string question, IReadOnlyList<IndexMatch> matches)
    {
        if (matches.Count == 0 || !rule.Accepts(matches[0]))
            return NotFound(question, matches);

        var best = matches[0].Score;
        var chosen = matches
            .Where((m, i) => i == 0 || (m.Score >= best * RelativeScore && rule.Accepts(m)))
            .Take(MaxLessons)
            .Select(hits.Create)
            .ToList();

        var text = new StringBuilder();
        foreach (var hit in chosen)
        {
            if (text.Length > 0)
                text.Append("\n\n");
            text.Append("**").Append(hit.Title).Append("**\n")
                .Append(Condenser.Condense(hit.Text))
                .Append(" (").Append(hit.Citation).Append(')');
        }

        return new KnowledgeAnswer(question, text.ToString(), Found: true, chosen);
    }

    private KnowledgeAnswer NotFound(string question, IReadOnlyList<IndexMatch> matches)
    {
        var nearby = matches.Where(m => m.Coverage > 0).Take(2).Select(hits.Create).ToList();
        var text = nearby.Count == 0
            ? KnowledgeAnswer.NothingFound
            : $"{KnowledgeAnswer.NothingFound} Wel in de buurt: {string.Join(" en ", nearby.Select(h => $"\"{h.Title}\""))}.";
        return new KnowledgeAnswer(question, text, Found: false, nearby);
    }
}
