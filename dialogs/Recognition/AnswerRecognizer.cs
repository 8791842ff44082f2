namespace Leerwerk.Dialogs.Recognition;

/// <summary>
/// Reads what a user typed as a typed answer. Dutch first (Microsoft.Recognizers.Text where it covers
/// Dutch, our own rules for the rest), English as a fallback. Every method is pure and answers null (or
/// an empty list) instead of throwing, whatever the text: an unreadable answer is asked again.
/// Stateless and safe to share; the recognizer models it uses are built once per process.
/// </summary>
public sealed class AnswerRecognizer
{
    // The DateTime model wants a reference time even for a duration, which doesn't depend on it; a fixed
    // one keeps Months pure (no clock).
    private static readonly DateTime _durationReference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>ja/nee and their variants, Arabic نعم/لا, 👍/👎; null when unclear ("misschien", "ja nee").</summary>
    public bool? YesNo(string text) => InputText.Clean(text) is { } clean ? YesNoReader.Read(clean) : null;

    /// <summary>One number: "12", "twee", "drieëntwintig", "1.500", "1,5", "een half"; null for none or several.</summary>
    public decimal? Number(string text) => InputText.Clean(text) is { } clean ? NumberReader.Read(clean) : null;

    /// <summary>An amount in euro: "€ 1.500", "1500 euro", "€1.500,50", "vijftienhonderd euro", "2k", "2 ton"; null for another currency.</summary>
    public decimal? Money(string text) => InputText.Clean(text) is { } clean ? MoneyReader.Read(clean) : null;

    /// <summary>
    /// A duration in months, rounded to one decimal: "drie maanden", "1,5 jaar" (18), "6 weken" (1.5: a month
    /// counts as four weeks), or a bare number.
    /// </summary>
    public decimal? Months(string text) => InputText.Clean(text) is { } clean ? MonthsReader.Read(clean, _durationReference) : null;

    /// <summary>A date, reading weekdays and dates without a year forward: "maandag" is the coming Monday.</summary>
    public DateOnly? Date(string text, DateOnly today) => ReadDate(text, today, DateDirection.Future);

    /// <summary>A date, reading weekdays and dates without a year backward: "maandag" is last Monday.</summary>
    public DateOnly? PastDate(string text, DateOnly today) => ReadDate(text, today, DateDirection.Past);

    /// <summary>The one option named by position ("2", "nr 2", "twee") or label (also prefix, small typos); null if none or ambiguous.</summary>
    public ChoiceMatch? Choice(string text, IReadOnlyList<ChoiceOption> options) =>
        InputText.Clean(text) is { } clean && options is not null ? ChoiceMatcher.Match(TextFolding.Fold(clean), options) : null;

    /// <summary>Every option named: "1, 3 en 4", "1 3", "fiets en auto"; empty if none.</summary>
    public IReadOnlyList<ChoiceMatch> Choices(string text, IReadOnlyList<ChoiceOption> options) =>
        InputText.Clean(text) is { } clean && options is not null ? MultiChoiceMatcher.Match(clean, options) : [];

    private static DateOnly? ReadDate(string text, DateOnly today, DateDirection direction)
    {
        if (InputText.Clean(text) is not { } clean) return null;
        try
        {
            return DateReader.Read(clean, today, direction);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Only a 'today' within a year of DateOnly.MinValue or MaxValue gets here: the arithmetic overflows.
            return null;
        }
    }
}
