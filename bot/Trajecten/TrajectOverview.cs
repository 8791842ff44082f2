using System.Globalization;
using System.Text;
using Leerwerk.Bot.Intake;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Trajecten;

/// <summary>What a regisseur opens before a meeting: parties, phase, participants, commitments per topic, gaps, and the timeline.</summary>
internal sealed class TrajectOverview(IntakeStore intakes, IEnumerable<IParticipantFacts> facts)
{
    public async Task<Reply> BuildAsync(Traject traject, DateOnly today, CancellationToken cancellationToken)
    {
        var text = new StringBuilder($"**Traject {traject.Name}**");
        if (traject.Sector is not null) text.Append(" · ").Append(traject.Sector);
        text.Append(CultureInfo.InvariantCulture, $"\nStart {traject.StartDate:d-M-yyyy} · fase nu: **{Phase(traject, today)}**\n");
        if (traject.Goal is not null) text.Append("Doel: ").Append(traject.Goal).Append('\n');

        text.Append("\n**Partijen**\n");
        foreach (var party in traject.Parties) text.Append("- ").Append(TrajectTopics.PartyTitle(party.Role)).Append(": ").Append(party.Name ?? "—").Append('\n');

        text.Append("\n**Deelnemers**\n");
        if (traject.Participants.Count == 0) text.Append("- Nog geen. Voeg toe met **traject ").Append(traject.Name).Append(" deelnemer <naam>**.\n");
        foreach (var participant in traject.Participants)
        {
            var line = new StringBuilder("- ").Append(participant.Name).Append(": ").Append(await IntakeStatusAsync(participant, cancellationToken));
            foreach (var fact in facts) line.Append("; ").Append(await fact.DescribeAsync(traject, participant, cancellationToken));
            text.Append(line).Append('\n');
        }

        text.Append("\n**Afspraken per onderwerp** (open / te laat / gedaan)\n");
        foreach (var topic in traject.Commitments.GroupBy(c => c.Topic))
        {
            var open = topic.Count(TrajectStore.IsOpen);
            var late = topic.Count(c => TrajectStore.IsOverdue(c, today));
            var done = topic.Count(c => c.Status == CommitmentStatus.Gedaan);
            text.Append(CultureInfo.InvariantCulture, $"- {TrajectTopics.Title(topic.Key)}: {open} / {late} / {done}\n");
        }

        var gaps = TrajectStore.Gaps(traject);
        if (gaps.Count > 0)
        {
            text.Append("\n**Aandachtspunten**\n");
            foreach (var gap in gaps) text.Append("- ").Append(gap.Label).Append(" → ").Append(gap.NextStep).Append('\n');
        }

        return new Reply(text.ToString().TrimEnd()) { AsCard = true, Image = new ReplyImage($"Tijdlijn {traject.Name}", TimelineChart.Render(traject, today)) };
    }

    public static string Phase(Traject traject, DateOnly today)
    {
        if (today < traject.StartDate) return "nog niet gestart";
        var end = traject.StartDate;
        foreach (var phase in TrajectStore.Phases(traject).Where(p => p.Months > 0))
        {
            end = end.AddMonths((int)Math.Ceiling(phase.Months));
            if (today < end) return phase.Phase;
        }

        return "afgerond";
    }

    private async Task<string> IntakeStatusAsync(TrajectParticipant participant, CancellationToken cancellationToken)
    {
        var intake = participant.IntakeId is null ? null : await intakes.GetAsync(participant.IntakeId, cancellationToken);
        return intake is null ? "intake onbekend" : $"intake {intake.Status.ToString().ToLowerInvariant()}";
    }
}
