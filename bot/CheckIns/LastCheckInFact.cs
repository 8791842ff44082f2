using System.Globalization;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.CheckIns;

/// <summary>The traject overview names each participant's last check-in and its signals.</summary>
internal sealed class LastCheckInFact(CheckInStore checkIns) : IParticipantFacts
{
    public async Task<string> DescribeAsync(Traject traject, TrajectParticipant participant, CancellationToken cancellationToken)
    {
        var last = (await checkIns.ForAsync(participant.Id, cancellationToken)).FirstOrDefault();
        if (last is null) return "nog geen check-in";
        var signals = Flags.Signals(last).Select(SignalRules.Label).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"laatste check-in {last.Date:d-M-yyyy}{(signals.Count > 0 ? " (" + string.Join(", ", signals) + ")" : string.Empty)}");
    }
}
