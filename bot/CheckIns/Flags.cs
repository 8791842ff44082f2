using Leerwerk.Store.CheckIns;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.CheckIns;

/// <summary>
/// Why a participant needs attention now: a serious signal in the last check-in, the same signal in
/// two check-ins in a row, or no check-in past the agreed date.
/// </summary>
internal static class Flags
{
    public static IReadOnlyList<string> For(TrajectParticipant participant, IReadOnlyList<CheckIn> newestFirst, DateOnly today)
    {
        var reasons = new List<string>();
        var last = newestFirst.FirstOrDefault();
        var lastSignals = Signals(last);
        reasons.AddRange(lastSignals.Where(SignalRules.Serious.Contains).Select(s => "ernstig signaal: " + SignalRules.Label(s)));
        if (newestFirst.Count > 1)
            reasons.AddRange(lastSignals.Intersect(Signals(newestFirst[1])).Where(s => !SignalRules.Serious.Contains(s)).Select(s => "twee keer achter elkaar: " + SignalRules.Label(s)));
        if (last?.NextDate is { } next && next < today) reasons.Add($"geen check-in sinds {last.Date:d-M-yyyy} (gepland {next:d-M-yyyy})");
        return reasons;
    }

    public static IReadOnlyList<string> Signals(CheckIn? checkIn) =>
        checkIn?.Signals.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
