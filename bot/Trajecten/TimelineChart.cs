using Leerwerk.Store.Trajecten;
using ScottPlot;

namespace Leerwerk.Bot.Trajecten;

/// <summary>
/// The traject on one picture: months on the x axis, the phases as a band on top, a bar per
/// commitment below (late ones red, done ones green), and today as a line.
/// </summary>
internal static class TimelineChart
{
    public static byte[] Render(Traject traject, DateOnly today)
    {
        var plot = new Plot();
        var start = traject.StartDate;
        double Month(DateOnly date) => ((date.Year - start.Year) * 12) + date.Month - start.Month + ((date.Day - 1) / 30.0);

        var commitments = traject.Commitments.OrderBy(c => c.Topic).ThenBy(c => c.Id).ToList();
        var row = commitments.Count + 1.0;
        var phaseStart = 0.0;
        foreach (var phase in TrajectStore.Phases(traject).Where(p => p.Months > 0))
        {
            var bar = plot.Add.Bar(new Bar { Position = row, ValueBase = phaseStart, Value = phaseStart + (double)phase.Months, Orientation = Orientation.Horizontal, FillColor = Colors.SteelBlue.WithAlpha(0.4) });
            plot.Add.Text(phase.Phase, phaseStart + 0.1, row).LabelFontSize = 11;
            phaseStart += (double)phase.Months;
            _ = bar;
        }

        var labels = new List<Tick> { new(row, "fasen") };
        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            var y = commitments.Count - i;
            var from = c.StartDate is { } s ? Month(s) : 0;
            var to = c.DueDate is { } d ? Month(d) : from + 1;
            var color = c.Status == CommitmentStatus.Gedaan ? Colors.SeaGreen : TrajectStore.IsOverdue(c, today) ? Colors.Crimson : Colors.Orange;
            plot.Add.Bar(new Bar { Position = y, ValueBase = from, Value = Math.Max(to, from + 0.2), Orientation = Orientation.Horizontal, FillColor = color });
            labels.Add(new Tick(y, $"{c.Id} {TrajectTopics.PartyTitle(c.PartyRole)}"));
        }

        plot.Add.VerticalLine(Month(today), 2, Colors.Black);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. labels]);
        plot.Axes.Bottom.Label.Text = $"maanden vanaf de start ({start:d-M-yyyy})";
        plot.Title($"Tijdlijn {traject.Name}");
        return plot.GetImageBytes(900, 140 + (28 * (commitments.Count + 1)), ImageFormat.Png);
    }
}
