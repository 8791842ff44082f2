using System.Globalization;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>One comparison of a condition: `vervoer == nee`.</summary>
public sealed record ConditionTerm(string StepId, string Operator, IReadOnlyList<string> Values)
{
    public bool Holds(IReadOnlyDictionary<string, Answer> answers)
    {
        if (!answers.TryGetValue(StepId, out var answer) || answer.Skipped) return Operator == "!=";
        var given = answer.Keys();
        return Operator switch
        {
            "==" => Values.Any(given.Contains),
            "!=" => !Values.Any(given.Contains),
            "in" => Values.Any(given.Contains),
            "includes" => Values.All(given.Contains),
            _ => answer.Number is { } n && decimal.TryParse(Values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var limit) && Compare(n, limit),
        };
    }

    private bool Compare(decimal n, decimal limit) => Operator switch
    {
        ">" => n > limit,
        "<" => n < limit,
        ">=" => n >= limit,
        _ => n <= limit,
    };
}
