using Leerwerk.Store.Intakes;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// How an intake answer reads for the klantmanager: a machine translation replaces "vertaling nodig",
/// marked as such, because a model can be wrong and the klantmanager must know what to check.
/// </summary>
internal static class TranslatedDisplay
{
    public const string Mark = "(machinevertaling)";

    public static string Of(IntakeAnswer row) =>
        row is { DutchTranslation: { Length: > 0 } dutch, MachineTranslated: true } ? $"{dutch} {Mark}" : row.Display;

    /// <summary>With the original as written, for the full export.</summary>
    public static string WithOriginal(IntakeAnswer row, string? original) =>
        row is { DutchTranslation: { Length: > 0 } } && !string.IsNullOrWhiteSpace(original)
            ? $"{Of(row)} — origineel ({row.Language}): {original}"
            : Of(row);
}
