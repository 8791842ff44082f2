namespace Leerwerk.Bot.Translation;

/// <summary>
/// The translators in use: both null when Azure OpenAI is not configured, and then nothing is
/// translated, no text and no answer.
/// </summary>
internal sealed record MachineTranslation(IAnswerTranslator? Answers, ITextTranslator? Texts)
{
    public static readonly MachineTranslation Off = new(null, null);
}
