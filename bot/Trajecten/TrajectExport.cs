using System.Globalization;
using System.Text;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Trajecten;

/// <summary>The afsprakenlijst as a Markdown table (reads well in Teams) and as CSV (for a spreadsheet).</summary>
internal static class TrajectExport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Markdown(Traject traject, DateOnly today)
    {
        var text = new StringBuilder($"**Afsprakenlijst {traject.Name}**\n\n| nr | onderwerp | partij | afspraak | uiterlijk | kosten | status |\n|---|---|---|---|---|---|---|\n");
        foreach (var c in traject.Commitments.OrderBy(c => c.Id))
        {
            var status = CommitmentText.Status(c.Status) + (TrajectStore.IsOverdue(c, today) ? " (te laat)" : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {TrajectTopics.Title(c.Topic)} | {TrajectTopics.PartyTitle(c.PartyRole)} | {Cell(c.What)} | {c.DueDate:d-M-yyyy} | {c.Cost?.ToString("C0", Dutch)} | {status} |\n");
        }

        return text.ToString();
    }

    public static string Csv(Traject traject)
    {
        var text = new StringBuilder("nr;onderwerp;partij;afspraak;start;uiterlijk;kosten;status\n");
        foreach (var c in traject.Commitments.OrderBy(c => c.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.Id};{c.Topic};{c.PartyRole};{Quote(c.What)};{c.StartDate:yyyy-MM-dd};{c.DueDate:yyyy-MM-dd};{c.Cost?.ToString(CultureInfo.InvariantCulture)};{CommitmentText.Status(c.Status)}\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "/", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
