using System.Globalization;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Trajecten;

/// <summary>How commitments read in the chat: one line each, with number, party, what, when, cost and status.</summary>
internal static class CommitmentText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Line(Commitment c, DateOnly today)
    {
        var late = TrajectStore.IsOverdue(c, today) ? " ⚠️ **te laat**" : string.Empty;
        return $"- **{c.Id}** {TrajectTopics.PartyTitle(c.PartyRole)}: {c.What} — {Due(c.DueDate)}{Cost(c.Cost)} ({Status(c.Status)}){late}";
    }

    public static string Line(CommitmentPlan c) =>
        $"- {TrajectTopics.PartyTitle(c.PartyRole)}: {c.What} — {Due(c.Due)}{Cost(c.Cost)}";

    public static string Due(DateOnly? due) => due is { } d ? "uiterlijk " + d.ToString("MMMM yyyy", Dutch) : "geen datum";

    public static string Status(CommitmentStatus status) => status.ToString().ToLowerInvariant();

    private static string Cost(decimal? cost) => cost is { } c and > 0 ? ", " + c.ToString("C0", Dutch) : string.Empty;
}
