namespace Leerwerk.Bot.Adapter;

/// <summary>The language of the current turn, kept in TurnState so the error reply can use it.</summary>
internal static class TurnLanguage
{
    public const string Key = "Leerwerk.Language";
}
