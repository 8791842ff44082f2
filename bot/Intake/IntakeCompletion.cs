using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Intake;

/// <summary>When the klantmanager's intake ends, the summary; when the statushouder's ends, a thank-you.</summary>
internal sealed class IntakeCompletion(string questionnaireId, IntakeStore store, IntakeSummary summary, QuestionnaireCatalog catalog, TextCatalog texts)
    : IQuestionnaireCompletion
{
    public string QuestionnaireId => questionnaireId;

    public async Task<IReadOnlyList<Reply>> CompleteAsync(DialogOutcome outcome, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (outcome.Subject is null || await store.GetAsync(outcome.Subject, cancellationToken) is not { } intake) return [];
        if (questionnaireId == IntakeSink.Self) return [new Reply(texts.Get("intake_saved_self", outcome.Language))];
        var name = intake.ParticipantName;
        return [new Reply(texts.Get("intake_saved", outcome.Language, ("name", name))), new Reply(summary.Build(IntakeView.From(intake, catalog))) { AsCard = true }];
    }
}
