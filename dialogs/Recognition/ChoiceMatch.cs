namespace Leerwerk.Dialogs.Recognition;

/// <summary>A recognised choice; <paramref name="Confidence"/> is 1 for an exact label, lower for a prefix or a typo.</summary>
public sealed record ChoiceMatch(string Id, double Confidence);
