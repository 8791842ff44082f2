namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>Answers that mean a hindrance, with what to do about it.</summary>
public sealed record BarrierRule(IReadOnlyList<string> When, LocalizedText Label, LocalizedText NextStep);
