using System.Globalization;
using System.Text;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Knowledge;

namespace Leerwerk.Bot.CheckIns;

/// <summary>`signalen` (who needs attention, with the lesson that fits) and `tijdlijn &lt;naam&gt;` (all about one participant).</summary>
internal sealed class SignalCommands(ParticipantDirectory directory, CheckInStore checkIns, TrajectStore trajecten, IntakeStore intakes, KnowledgeBase knowledge, TimeProvider time)
    : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["signalen"] => [await SignalsAsync(turn.UserId, cancellationToken)],
            ["tijdlijn", .. var name] when name.Length > 0 => [await TimelineAsync(turn, string.Join(' ', name), cancellationToken)],
            _ => null,
        };
    }

    private async Task<Reply> SignalsAsync(string userId, CancellationToken cancellationToken)
    {
        var today = Today();
        var text = new StringBuilder("**Signalen**\n");
        var any = false;
        foreach (var participant in await directory.VisibleAsync(userId, cancellationToken))
        {
            var history = await checkIns.ForAsync(participant.Id, cancellationToken);
            var reasons = Flags.For(participant, history, today);
            if (reasons.Count == 0) continue;
            any = true;
            text.Append("\n**").Append(participant.Name).Append("**: ").Append(string.Join("; ", reasons)).Append('\n');
            foreach (var signal in Flags.Signals(history.FirstOrDefault()).Take(2))
            {
                if (knowledge.LessonsFor(SignalRules.Theme(signal), null, 1).FirstOrDefault() is { } lesson)
                    text.Append("- Uit de rapporten: ").Append(lesson.Title).Append(" (").Append(lesson.Citation).Append(")\n");
            }
        }

        if (!any) text.Append("Niemand valt nu op. Fijn.");
        return new Reply(text.ToString().TrimEnd());
    }

    private async Task<Reply> TimelineAsync(TurnInfo turn, string name, CancellationToken cancellationToken)
    {
        var participant = Caseload.Match(await directory.VisibleAsync(turn.UserId, cancellationToken), name);
        if (participant is null)
        {
            turn.Audit.NotFound();
            return new Reply($"Ik vind geen deelnemer '{name}' bij jou.");
        }

        turn.Audit.About("deelnemer:" + participant.Id.ToString(CultureInfo.InvariantCulture), participant.Name);
        var events = new List<(DateTimeOffset At, string Line)>();
        foreach (var c in await checkIns.ForAsync(participant.Id, cancellationToken))
        {
            var signals = Flags.Signals(c).Select(SignalRules.Label).ToList();
            events.Add((c.CreatedAt, string.Create(CultureInfo.InvariantCulture, $"{c.Date:d-M-yyyy} check-in ({c.Kind.Replace('_', ' ')}){(signals.Count > 0 ? ", signalen: " + string.Join(", ", signals) : string.Empty)}")));
        }

        if (participant.IntakeId is not null && await intakes.GetAsync(participant.IntakeId, cancellationToken) is { } intake)
        {
            events.Add((intake.CreatedAt, string.Create(CultureInfo.InvariantCulture, $"{intake.CreatedAt:d-M-yyyy} intake begonnen")));
            if (intake.FinalizedAt is { } final) events.Add((final, string.Create(CultureInfo.InvariantCulture, $"{final:d-M-yyyy} intake definitief")));
        }

        if (await trajecten.FindByIdAsync(participant.TrajectId, cancellationToken) is { } traject)
        {
            foreach (var c in traject.Commitments)
            {
                var full = await trajecten.GetCommitmentAsync(c.Id, cancellationToken);
                foreach (var change in full?.History ?? [])
                    events.Add((change.At, string.Create(CultureInfo.InvariantCulture, $"{change.At:d-M-yyyy} afspraak {c.Id} ({c.What}): {CommitmentText.Status(change.From)} → {CommitmentText.Status(change.To)}")));
            }
        }

        var lines = events.OrderByDescending(e => e.At).Select(e => "- " + e.Line);
        return new Reply($"**Tijdlijn {participant.Name}** (nieuwste eerst)\n" + (events.Count == 0 ? "Nog niets vastgelegd." : string.Join('\n', lines)));
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
