namespace Leerwerk.Dialogs.Recognition;

/// <summary>A choice the user can pick; <paramref name="Labels"/> holds its texts in every language and its synonyms.</summary>
public sealed record ChoiceOption(string Id, IReadOnlyList<string> Labels);
