namespace Leerwerk.Bot.Tests.Access;

/// <summary>The three ways the gate says no, recognisable in a reply.</summary>
internal static class Refusals
{
    public static bool IsRefusal(string replies) =>
        replies.Contains("Dit kan alleen een", StringComparison.Ordinal)
        || replies.Contains("Dit mag alleen een", StringComparison.Ordinal)
        || replies.Contains("Je kunt dit nog niet gebruiken", StringComparison.Ordinal)
        || replies.Contains("nog geen toegang", StringComparison.Ordinal)
        || replies.Contains("uitnodiging nodig", StringComparison.Ordinal);
}
