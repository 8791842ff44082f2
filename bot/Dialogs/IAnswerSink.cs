using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Dialogs;

/// <summary>
/// Saves a questionnaire's answers into the feature's own records after every turn, so an answer is
/// stored the moment it is given, not only when the questionnaire ends.
/// </summary>
internal interface IAnswerSink
{
    bool Handles(string questionnaireId);

    Task SyncAsync(Questionnaire questionnaire, DialogState state, TurnInfo turn, CancellationToken cancellationToken);

    /// <summary>The questionnaire was declined (consent refused): whatever was stored goes.</summary>
    Task DiscardAsync(string subject, CancellationToken cancellationToken);
}
