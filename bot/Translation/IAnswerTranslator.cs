namespace Leerwerk.Bot.Translation;

/// <summary>
/// Translates a statushouder's free-text answer into Dutch for the klantmanager. Null means no
/// translation (timeout, throttled, any error): the answer then stays marked "vertaling nodig".
/// </summary>
internal interface IAnswerTranslator
{
    Task<string?> ToDutchAsync(string text, string language, CancellationToken cancellationToken);
}
