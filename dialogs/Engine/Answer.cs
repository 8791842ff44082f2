using System.Globalization;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Engine;

/// <summary>One answer, typed, with who gave it, when and in which language.</summary>
public sealed record Answer(
    string StepId,
    StepKind Kind,
    string Raw,
    string Language,
    string By,
    DateTimeOffset At,
    string? Text = null,
    decimal? Number = null,
    DateOnly? Date = null,
    IReadOnlyList<string>? Choices = null,
    bool? YesNo = null,
    bool Skipped = false)
{
    public static Answer Skip(Step step, string language, string by, DateTimeOffset at) =>
        new(step.Id, step.Kind, string.Empty, language, by, at, Skipped: true);

    /// <summary>What conditions compare with: choice ids, ja/nee, or the number as text.</summary>
    public IReadOnlyList<string> Keys() => this switch
    {
        { Choices: { } c } => c,
        { YesNo: { } b } => [b ? "ja" : "nee"],
        { Number: { } n } => [n.ToString(CultureInfo.InvariantCulture)],
        { Text: { } t } => [t],
        _ => [],
    };
}
