namespace Leerwerk.Bot.Translation;

/// <summary>
/// Consent is never machine translated: what a statushouder agrees to must say exactly what the
/// municipality wrote, so it stays in simple Dutch (an interpreter can help there).
/// </summary>
internal static class ConsentTexts
{
    private static readonly string[] Steps = ["toestemming_uitleg", "toestemming"];

    public static bool IsConsentStep(string stepId) => Steps.Contains(stepId, StringComparer.OrdinalIgnoreCase) || IsConsentKey(stepId);

    public static bool IsConsentKey(string key) =>
        key.Contains("toestemming", StringComparison.OrdinalIgnoreCase) || key.Contains("consent", StringComparison.OrdinalIgnoreCase);
}
