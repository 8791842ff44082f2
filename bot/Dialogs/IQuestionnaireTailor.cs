using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Dialogs;

/// <summary>
/// Fills in what a questionnaire file cannot know: choices from the store (`choices_from: caseload`)
/// and texts that depend on earlier answers (the participant's open commitments).
/// </summary>
internal interface IQuestionnaireTailor
{
    bool Handles(string questionnaireId);

    Task<Questionnaire> TailorAsync(Questionnaire questionnaire, DialogState? state, TurnInfo turn, CancellationToken cancellationToken);
}
