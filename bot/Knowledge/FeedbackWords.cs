namespace Leerwerk.Bot.Knowledge;

internal static class FeedbackWords
{
    private static readonly string[] Helpful = ["nuttig", "👍", "helpful", "goed antwoord", "dank, nuttig"];
    private static readonly string[] NotHelpful = ["niet nuttig", "👎", "not helpful", "slecht antwoord", "onzin"];

    /// <summary>true for a thumbs up, false for down, null when the message is no rating.</summary>
    public static bool? Rating(string normalized) =>
        NotHelpful.Contains(normalized) ? false : Helpful.Contains(normalized) ? true : null;
}
