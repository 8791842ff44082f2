using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Translation;

/// <summary>Which answers a klantmanager cannot read as given: free text written in another language than Dutch.</summary>
internal static class AnswerLanguage
{
    public static bool NeedsDutch(Answer answer) =>
        answer is { Kind: StepKind.Text, Skipped: false }
        && answer.Language is not (Language.Dutch or Language.SimpleDutch)
        && !string.IsNullOrWhiteSpace(Written(answer));

    /// <summary>The text as the statushouder wrote it.</summary>
    public static string Written(Answer answer) => answer.Text ?? answer.Raw;
}
