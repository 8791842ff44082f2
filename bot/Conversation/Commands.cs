namespace Leerwerk.Bot.Conversation;

/// <summary>The words that start something, in Dutch and English.</summary>
internal static class Commands
{
    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "help", "hulp", "?", "menu", "/help" };

    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase) { "hallo", "hoi", "hi", "hello", "goedemorgen", "goedemiddag", "start", "/start" };

    public static bool IsHelp(string text) => Help.Contains(Normalize(text));

    public static bool IsGreeting(string text) => Greetings.Contains(Normalize(text));

    /// <summary>Teams and people add punctuation and capitals; "Help!" is still help.</summary>
    public static string Normalize(string text) => text.Trim().TrimEnd('!', '.').Trim().ToLowerInvariant();
}
