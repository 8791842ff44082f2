using System.Text;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.CheckIns;

/// <summary>The check-in's participant choices come from the jobcoach's caseload; its commitments step lists theirs.</summary>
internal sealed class CheckInTailor(Caseload caseload, TrajectStore trajecten, TimeProvider time) : IQuestionnaireTailor
{
    public bool Handles(string questionnaireId) => questionnaireId is CheckInIds.Full or CheckInIds.Quick;

    public async Task<Questionnaire> TailorAsync(Questionnaire questionnaire, DialogState? state, TurnInfo turn, CancellationToken cancellationToken)
    {
        var participants = await caseload.ForAsync(state?.StartedBy ?? turn.UserId, cancellationToken);
        var commitments = await CommitmentsTextAsync(participants, state, cancellationToken);
        var steps = questionnaire.Steps.Select(step => step switch
        {
            { ChoicesFrom: "caseload" } => step with
            {
                Choices = participants.Select(p => new Choice(Caseload.ChoiceId(p), new LocalizedText(new Dictionary<string, string> { ["nl"] = p.Name }), LocalizedList.Empty, null)).ToList(),
            },
            { Id: "afspraken_lijst" } => step with { Prompt = new LocalizedText(new Dictionary<string, string> { ["nl"] = commitments }) },
            _ => step,
        }).ToList();
        return questionnaire with { Steps = steps };
    }

    private async Task<string> CommitmentsTextAsync(IReadOnlyList<Store.Trajecten.TrajectParticipant> participants, DialogState? state, CancellationToken cancellationToken)
    {
        var chosen = state?.Answers.GetValueOrDefault("deelnemer")?.Choices?.FirstOrDefault();
        var participant = participants.FirstOrDefault(p => Caseload.ChoiceId(p) == chosen);
        if (participant is null) return "Geen open afspraken gevonden.";
        var traject = await trajecten.FindByIdAsync(participant.TrajectId, cancellationToken);
        var open = traject?.Commitments.Where(TrajectStore.IsOpen).OrderBy(c => c.DueDate).ToList() ?? [];
        if (open.Count == 0) return $"Het traject van {participant.Name} heeft geen open afspraken.";
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var text = new StringBuilder($"Open afspraken in {traject!.Name}:\n");
        foreach (var c in open) text.Append(CommitmentText.Line(c, today)).Append('\n');
        return text.ToString().TrimEnd();
    }
}
