using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Knowledge;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.CheckIns;

/// <summary>Saves a finished check-in, moves the commitments marked in it, and names the signals with a lesson each.</summary>
internal sealed partial class CheckInCompletion(
    string questionnaireId, CheckInStore checkIns, Caseload caseload, TrajectStore trajecten, AnswerRecognizer recognizer, KnowledgeBase knowledge, TimeProvider time)
    : IQuestionnaireCompletion
{
    public string QuestionnaireId => questionnaireId;

    public async Task<IReadOnlyList<Reply>> CompleteAsync(DialogOutcome outcome, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (outcome.Status != DialogStatus.Completed) return [];
        if (outcome.Answers.GetValueOrDefault("bevestig")?.YesNo == false)
            return [new Reply("Niet opgeslagen. Typ **checkin** om de check-in stap voor stap in te vullen.")];
        var participantId = Caseload.ParticipantId(outcome.Answers.GetValueOrDefault("deelnemer")?.Choices?.FirstOrDefault());
        if (participantId is null || await caseload.GetAsync(participantId.Value, cancellationToken) is not { } participant) return [];
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var saved = await checkIns.SaveAsync(participant.Id, participant.TrajectId, turn.UserId, outcome.Answers, today, cancellationToken);
        turn.Audit.Begin("checkin.opgeslagen");
        turn.Audit.About("deelnemer:" + participant.Id.ToString(CultureInfo.InvariantCulture), participant.Name);
        var moved = await UpdateCommitmentsAsync(outcome.Answers.GetValueOrDefault("afspraken_bijwerken")?.Text, turn.UserId, today, cancellationToken);

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Check-in voor **{participant.Name}** opgeslagen ({saved.Date:d-M-yyyy}).");
        if (saved.NextDate is { } next) text.Append(CultureInfo.InvariantCulture, $" Volgende check-in: {next:d-M-yyyy}.");
        foreach (var line in moved) text.Append('\n').Append(line);
        var signals = saved.Signals.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (signals.Length > 0)
        {
            text.Append("\n\n**Signalen**");
            foreach (var signal in signals)
            {
                text.Append("\n- ").Append(SignalRules.Label(signal));
                if (SignalRules.Serious.Contains(signal)) text.Append(" (**ernstig**: de klantmanager ziet dit bij **signalen**)");
                if (knowledge.LessonsFor(SignalRules.Theme(signal), "jobcoach", 1).FirstOrDefault() is { } lesson)
                    text.Append("\n  Uit de rapporten: ").Append(lesson.Title).Append(" (").Append(lesson.Citation).Append(')');
            }
        }

        return [new Reply(text.ToString())];
    }

    private async Task<List<string>> UpdateCommitmentsAsync(string? text, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return lines;
        foreach (Match match in Marks().Matches(text))
        {
            var id = int.Parse(match.Groups["nr"].Value, CultureInfo.InvariantCulture);
            var status = Enum.Parse<CommitmentStatus>(match.Groups["status"].Value, ignoreCase: true);
            var until = match.Groups["tot"].Success ? recognizer.Date(match.Groups["tot"].Value, today) : null;
            var changed = await trajecten.ChangeAsync(id, status, userId, until, "bij check-in", cancellationToken);
            lines.Add(changed is null ? $"Afspraak {id} bestaat niet." : $"Afspraak {id}: {CommitmentText.Status(changed.Status)}.");
        }

        return lines;
    }

    [GeneratedRegex(@"(?<nr>\d+)\s+(?<status>gedaan|bezig|uitgesteld|vervallen)(\s+tot\s+(?<tot>[^,;]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex Marks();
}
