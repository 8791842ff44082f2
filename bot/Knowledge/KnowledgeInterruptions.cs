using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Knowledge;

/// <summary>A question in the middle of a questionnaire, answered from the reports when they know.</summary>
internal sealed class KnowledgeInterruptions(KnowledgeReplies replies) : IInterruptionHandler
{
    public Reply? TryAnswer(string question, string language)
    {
        var (reply, answer) = replies.Answer(question);
        return answer.Found ? reply : null;
    }
}
