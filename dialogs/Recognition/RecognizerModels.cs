using System.Collections;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>
/// The Microsoft.Recognizers.Text models, built once: building one takes 50-250 ms, parsing with it
/// afterwards under a millisecond for a short answer. Lazy, so a process that only matches choices never
/// builds the DateTime models; Lazy's default mode also builds each model only once when threads race.
/// Every model runs with NoProtoCache: the library's process-wide extraction cache leaks readings between
/// languages (after the Dutch model read "tomorrow" as nothing, the English one returned nothing for it
/// too; see RecognizersDutchCoverageTests), and it would keep users' answers in memory besides.
/// </summary>
internal static class RecognizerModels
{
    private static readonly Lazy<IModel> _dutchNumber = new(() => new NumberRecognizer(Culture.Dutch, NumberOptions.NoProtoCache).GetNumberModel());
    private static readonly Lazy<IModel> _dutchOrdinal = new(() => new NumberRecognizer(Culture.Dutch, NumberOptions.NoProtoCache).GetOrdinalModel());
    private static readonly Lazy<IModel> _dutchCurrency = new(() => new NumberWithUnitRecognizer(Culture.Dutch, NumberWithUnitOptions.NoProtoCache).GetCurrencyModel());
    private static readonly Lazy<DateTimeModel> _dutchDateTime = new(() => new DateTimeRecognizer(Culture.Dutch, DateTimeOptions.NoProtoCache).GetDateTimeModel());
    private static readonly Lazy<IModel> _englishNumber = new(() => new NumberRecognizer(Culture.English, NumberOptions.NoProtoCache).GetNumberModel());
    private static readonly Lazy<IModel> _englishOrdinal = new(() => new NumberRecognizer(Culture.English, NumberOptions.NoProtoCache).GetOrdinalModel());
    private static readonly Lazy<DateTimeModel> _englishDateTime = new(() => new DateTimeRecognizer(Culture.English, DateTimeOptions.NoProtoCache).GetDateTimeModel());

    public static IReadOnlyList<Reading> DutchNumber(string text) => Run(text, () => _dutchNumber.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchOrdinal(string text) => Run(text, () => _dutchOrdinal.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchCurrency(string text) => Run(text, () => _dutchCurrency.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchDateTime(string text, DateTime reference) => Run(text, () => _dutchDateTime.Value.Parse(text, reference));

    public static IReadOnlyList<Reading> EnglishNumber(string text) => Run(text, () => _englishNumber.Value.Parse(text));

    public static IReadOnlyList<Reading> EnglishOrdinal(string text) => Run(text, () => _englishOrdinal.Value.Parse(text));

    public static IReadOnlyList<Reading> EnglishDateTime(string text, DateTime reference) => Run(text, () => _englishDateTime.Value.Parse(text, reference));

    /// <summary>
    /// The models are large regex-driven code we don't control; an input they choke on is an answer we
    /// don't recognise, never an error for the user.
    /// </summary>
    private static IReadOnlyList<Reading> Run(string text, Func<List<ModelResult>?> parse)
    {
        // Every model reads Latin letters or digits; skipping the rest (emoji, Arabic) saves their regexes.
        if (!text.Any(char.IsAsciiLetterOrDigit)) return [];
        try
        {
            return (parse() ?? []).Where(r => r is not null).Select(ToReading).ToList();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static Reading ToReading(ModelResult result)
    {
        var resolution = result.Resolution ?? new SortedDictionary<string, object>();
        var strings = resolution.Where(e => e.Value is string).ToDictionary(e => e.Key, e => (string)e.Value);
        var values = resolution.TryGetValue("values", out var list) && list is IEnumerable entries
            ? entries.OfType<IDictionary<string, string>>().Select(v => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(v)).ToList()
            : [];
        return new Reading(result.TypeName ?? string.Empty, result.Text ?? string.Empty, result.Start, result.End, strings, values);
    }
}
