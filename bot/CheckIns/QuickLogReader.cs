using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.CheckIns;

/// <summary>
/// Reads one line — `checkin Amir: werkplekbezoek, vaktaal lastig, vervoer blijft een probleem, volgende
/// keer over 2 weken` — into check-in answers, with the word lists of the check-in questionnaire and
/// the date recognizer. What it cannot read is simply left for the quick check-in to ask.
/// </summary>
internal sealed class QuickLogReader(AnswerRecognizer recognizer)
{
    private static readonly string[] NextWords = ["volgende keer", "volgende check-in", "volgende checkin", "volgende afspraak", "volgende", "terug"];

    public Dictionary<string, Answer> Read(string line, IReadOnlyList<TrajectParticipant> caseload, Questionnaire full, string userId, DateTimeOffset now, DateOnly today)
    {
        var answers = new Dictionary<string, Answer>();
        Answer New(Step step, string raw) => new(step.Id, step.Kind, raw, "nl", userId, now);
        var (name, rest) = line.Split(':', 2) is [var n, var r] ? (n, r) : line.Split(',', 2) is [var n2, var r2] ? (n2, r2) : (line, string.Empty);
        if (Caseload.Match(caseload, name) is { } participant)
            answers["deelnemer"] = new Answer("deelnemer", StepKind.Choice, name, "nl", userId, now, Choices: [Caseload.ChoiceId(participant)]);

        var kind = full.Find("soort")!;
        var signals = full.Find("signalen")!;
        var found = new List<string>();
        var date = today;
        foreach (var segment in rest.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = segment.ToLowerInvariant();
            if (NextWords.FirstOrDefault(w => lower.StartsWith(w, StringComparison.Ordinal)) is { } next)
            {
                if (recognizer.Date(lower[next.Length..].Trim(), today) is { } nextDate) answers["volgende"] = New(full.Find("volgende")!, segment) with { Date = nextDate };
                continue;
            }

            if (!answers.ContainsKey("soort") && recognizer.Choice(segment, kind.Options()) is { Confidence: >= 0.5 } match)
            {
                answers["soort"] = New(kind, segment) with { Choices = [match.Id] };
                continue;
            }

            found.AddRange(recognizer.Choices(segment, signals.Options()).Where(m => m.Id != "geen").Select(m => m.Id));
            if (recognizer.PastDate(segment, today) is { } when && when <= today && lower.Split(' ').Length <= 3) date = when;
        }

        answers["datum"] = New(full.Find("datum")!, date.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture)) with { Date = date };
        if (found.Count > 0) answers["signalen"] = New(signals, rest) with { Choices = found.Distinct().ToList() };
        return answers;
    }
}
