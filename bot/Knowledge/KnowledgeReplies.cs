using Leerwerk.Dialogs.Engine;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Answers;

namespace Leerwerk.Bot.Knowledge;

/// <summary>A question answered from the reports, as a reply with its sources.</summary>
internal sealed class KnowledgeReplies(KnowledgeBase knowledge)
{
    public (Reply Reply, KnowledgeAnswer Answer) Answer(string question)
    {
        var answer = knowledge.Answer(question);
        if (!answer.Found) return (new Reply(answer.Text), answer);
        var cited = answer.Hits.Take(3).ToList();
        var citations = cited.Select((h, i) => new ReplyCitation(i + 1, h.Title, h.Citation, Abstract(h.Text))).ToList();
        return (new Reply(answer.Text) { Citations = citations, AsksFeedback = true }, answer);
    }

    private static string Abstract(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
