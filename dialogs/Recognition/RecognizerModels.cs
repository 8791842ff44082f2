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
/// </summary>
internal static class RecognizerModels
{
    private static readonly Lazy<IModel> _dutchNumber = new(() => new NumberRecognizer(Culture.Dutch).GetNumberModel());
    private static readonly Lazy<IModel> _dutchOrdinal = new(() => new NumberRecognizer(Culture.Dutch).GetOrdinalModel());
    private static readonly Lazy<IModel> _dutchCurrency = new(() => new NumberWithUnitRecognizer(Culture.Dutch).GetCurrencyModel());
    private static readonly Lazy<DateTimeModel> _dutchDateTime = new(() => new DateTimeRecognizer(Culture.Dutch).GetDateTimeModel());
    private static readonly Lazy<IModel> _englishNumber = new(() => new NumberRecognizer(Culture.English).GetNumberModel());
    private static readonly Lazy<IModel> _englishOrdinal = new(() => new NumberRecognizer(Culture.English).GetOrdinalModel());
    private static readonly Lazy<DateTimeModel> _englishDateTime = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    public static IReadOnlyList<Reading> DutchNumber(string text) => Run(() => _dutchNumber.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchOrdinal(string text) => Run(() => _dutchOrdinal.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchCurrency(string text) => Run(() => _dutchCurrency.Value.Parse(text));

    public static IReadOnlyList<Reading> DutchDateTime(string text, DateTime reference) => Run(() => _dutchDateTime.Value.Parse(text, reference));

    public static IReadOnlyList<Reading> EnglishNumber(string text) => Run(() => _englishNumber.Value.Parse(text));

    public static IReadOnlyList<Reading> EnglishOrdinal(string text) => Run(() => _englishOrdinal.Value.Parse(text));

    public static IReadOnlyList<Reading> EnglishDateTime(string text, DateTime reference) => Run(() => _englishDateTime.Value.Parse(text, reference));

    /// <summary>
    /// The models are large regex-driven code we don't control; an input they choke on is an answer we
    /// don't recognise, never an error for the user.
    /// </summary>
    private static IReadOnlyList<Reading> Run(Func<List<ModelResult>?> parse)
    {
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
