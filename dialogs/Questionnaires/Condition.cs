using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>
/// A step's `when`: comparisons joined by `and`, groups joined by `or` (`and` binds tighter), as a
/// policy officer writes them: `vervoer == nee and kinderen != nee`.
/// </summary>
public sealed record Condition(string Source, IReadOnlyList<IReadOnlyList<ConditionTerm>> AnyOf)
{
    private static readonly string[] Operators = [" includes ", " in ", "==", "!=", ">=", "<=", ">", "<"];

    public IEnumerable<string> StepIds => AnyOf.SelectMany(g => g).Select(c => c.StepId);

    public static Condition Parse(string source)
    {
        var groups = source.Split(" or ", StringSplitOptions.TrimEntries)
            .Select(g => (IReadOnlyList<ConditionTerm>)g.Split(" and ", StringSplitOptions.TrimEntries).Select(ParseConditionTerm).ToList())
            .ToList();
        return new Condition(source, groups);
    }

    public bool Holds(IReadOnlyDictionary<string, Answer> answers) =>
        AnyOf.Any(group => group.All(c => c.Holds(answers)));

    private static ConditionTerm ParseConditionTerm(string text)
    {
        foreach (var op in Operators)
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0) continue;
            var value = text[(at + op.Length)..].Trim();
            var values = value.TrimStart('[').TrimEnd(']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (values.Length == 0) throw new FormatException($"'{text}': na '{op.Trim()}' ontbreekt een waarde.");
            return new ConditionTerm(text[..at].Trim(), op.Trim(), values);
        }

        throw new FormatException($"'{text}' is geen vergelijking; gebruik ==, !=, >, <, >=, <=, in of includes.");
    }
}
