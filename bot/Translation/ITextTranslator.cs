namespace Leerwerk.Bot.Translation;

/// <summary>
/// Translates the bot's simple-Dutch texts into a language without a translation file. Texts the model
/// gave back nothing (usable) for are missing from the result: they stay in simple Dutch.
/// </summary>
internal interface ITextTranslator
{
    Task<IReadOnlyDictionary<string, string>> FromSimpleDutchAsync(IReadOnlyDictionary<string, string> texts, string language, CancellationToken cancellationToken);
}
