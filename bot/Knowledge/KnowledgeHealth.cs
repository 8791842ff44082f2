using Leerwerk.Bot.Hosting;
using Leerwerk.Knowledge;

namespace Leerwerk.Bot.Knowledge;

internal sealed class KnowledgeHealth(KnowledgeBase knowledge) : IHealthFact
{
    public string Name => "knowledge";

    public object Value => new { loaded = knowledge.Lessons.Count > 0, lessons = knowledge.Lessons.Count };
}
