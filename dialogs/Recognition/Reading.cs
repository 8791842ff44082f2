namespace Leerwerk.Dialogs.Recognition;

/// <summary>
/// One thing a Recognizers model found, copied out of its loosely typed ModelResult so the rest of the code
/// (and the tests) never touch the library's types.
/// </summary>
/// <param name="Type">"number", "currency", "datetimeV2.date", "datetimeV2.duration", ...</param>
/// <param name="End">Inclusive, like the library's.</param>
/// <param name="Resolution">The string entries of the resolution: "value", "unit", "isoCurrency".</param>
/// <param name="Values">For datetimeV2: one entry per reading ("timex", "type", "value", "start", "end", "Mod").</param>
internal sealed record Reading(
    string Type,
    string Text,
    int Start,
    int End,
    IReadOnlyDictionary<string, string> Resolution,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Values)
{
    /// <summary>The numeric "value"; the Dutch models write it the Dutch way ("1,5") whatever the current culture.</summary>
    public decimal? Number => Resolution.TryGetValue("value", out var value) ? Readings.ParseDecimal(value) : null;
}
