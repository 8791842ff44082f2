using System.Globalization;

namespace Leerwerk.Bench.Reporting;

/// <summary>One line of the results table. A missed goal says by how much, so it cannot pass unnoticed.</summary>
internal sealed record ResultRow(string Measure, string Value, string Goal, string Status)
{
    public bool Missed => Status.StartsWith("missed", StringComparison.Ordinal);

    /// <summary>A goal of the form "below <paramref name="limit"/> ms" (or "at most", when <paramref name="inclusive"/>).</summary>
    public static ResultRow Milliseconds(string measure, string value, double actual, double limit, bool inclusive = false)
    {
        var met = inclusive ? actual <= limit : actual < limit;
        var goal = string.Create(CultureInfo.InvariantCulture, $"{(inclusive ? "≤" : "<")} {limit:0.##} ms");
        var status = met
            ? "met"
            : string.Create(CultureInfo.InvariantCulture, $"missed by {actual - limit:0.0} ms ({actual / limit:0.0}× the goal)");
        return new ResultRow(measure, value, goal, status);
    }

    /// <summary>A goal "at least" or "at most" <paramref name="limit"/>, in <paramref name="unit"/>.</summary>
    public static ResultRow Limit(string measure, string value, double actual, double limit, bool atLeast, string unit)
    {
        var met = atLeast ? actual >= limit : actual <= limit;
        var goal = string.Create(CultureInfo.InvariantCulture, $"{(atLeast ? "≥" : "≤")} {limit:#,0.##} {unit}");
        var status = met
            ? "met"
            : string.Create(CultureInfo.InvariantCulture, $"missed by {Math.Abs(actual - limit):#,0.#} {unit} ({(atLeast ? limit / Math.Max(actual, 1e-9) : actual / limit):0.0}× {(atLeast ? "too few" : "too much")})");
        return new ResultRow(measure, value, goal, status);
    }

    /// <summary>A number worth watching that has no goal (yet).</summary>
    public static ResultRow Info(string measure, string value) => new(measure, value, "—", "no goal");
}
