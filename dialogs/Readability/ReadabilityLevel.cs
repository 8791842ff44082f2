namespace Leerwerk.Dialogs.Readability;

/// <summary>How hard a text is to read, on the scale of the Europees Referentiekader.</summary>
public enum ReadabilityLevel
{
    A2,
    B1,

    /// <summary>Above B1: too hard for a statushouder who reads at A1–A2.</summary>
    AboveB1,
}
