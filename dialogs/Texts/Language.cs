namespace Leerwerk.Dialogs.Texts;

/// <summary>Language codes Leerwerk knows, and the order in which a missing text falls back.</summary>
public static class Language
{
    /// <summary>Professional Dutch: klantmanagers, regisseurs, jobcoaches. Every text has it.</summary>
    public const string Dutch = "nl";

    /// <summary>Simple Dutch (B1, A2 where it can): what a statushouder sees by default.</summary>
    public const string SimpleDutch = "nl-eenvoudig";

    public const string English = "en";

    /// <summary>
    /// The asked language first; for a statushouder's own language simple Dutch comes next, because
    /// it is closer to what they can read than professional Dutch; Dutch last.
    /// </summary>
    public static IReadOnlyList<string> FallbackOrder(string language) => language switch
    {
        Dutch => [Dutch],
        SimpleDutch or English => [language, Dutch],
        _ => [language, SimpleDutch, Dutch],
    };
}
