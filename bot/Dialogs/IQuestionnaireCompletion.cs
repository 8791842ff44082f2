using Leerwerk.Bot.Conversation;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Dialogs;

/// <summary>
/// What happens when a questionnaire ends (completed, or stopped as a draft): storing it is the
/// handler's job. One per questionnaire id; the engine itself stores nothing.
/// </summary>
internal interface IQuestionnaireCompletion
{
    string QuestionnaireId { get; }

    Task<IReadOnlyList<Reply>> CompleteAsync(DialogOutcome outcome, TurnSession session, TurnInfo turn, CancellationToken cancellationToken);
}
