using Leerwerk.Bot.Knowledge.Generation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Answers;

namespace Leerwerk.Bot.Knowledge;

/// <summary>
/// A question answered from the reports, as a reply with its sources: written by the model from the
/// lessons found when Azure OpenAI is configured, otherwise (and whenever that fails) extractive.
/// </summary>
internal sealed class KnowledgeReplies(KnowledgeBase knowledge, IAnswerWriter? writer = null)
{
    public async Task<(Reply Reply, KnowledgeAnswer Answer)> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var answer = knowledge.Answer(question);
        if (!answer.Found) return (new Reply(answer.Text), answer);
        if (writer is not null && await writer.WriteAsync(question, answer.Hits, cancellationToken) is { } written)
        {
            var cited = answer.Hits.Where(h => written.CitedIds.Contains(h.Id)).ToList();
            return (new Reply(written.Text) { Citations = Citations(cited), AsksFeedback = true, AiGenerated = true }, answer);
        }

        return (new Reply(answer.Text) { Citations = Citations(answer.Hits.Take(3).ToList()), AsksFeedback = true }, answer);
    }

    /// <summary>Synchronous, extractive only: for the dialog engine's interruptions, which are pure.</summary>
    public (Reply Reply, KnowledgeAnswer Answer) Answer(string question)
    {
        var answer = knowledge.Answer(question);
        return answer.Found ? (new Reply(answer.Text) { Citations = Citations(answer.Hits.Take(3).ToList()) }, answer) : (new Reply(answer.Text), answer);
    }

    private static List<ReplyCitation> Citations(IReadOnlyList<Leerwerk.Knowledge.Search.SearchHit> hits) =>
        hits.Select((h, i) => new ReplyCitation(i + 1, h.Title, h.Citation, Abstract(h.Text))).ToList();

    private static string Abstract(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
