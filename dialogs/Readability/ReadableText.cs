namespace Leerwerk.Dialogs.Readability;

/// <summary>A text a user reads, with an id that says where it lives (`texts/welcome`, `intake-zelf/roepnaam.prompt`).</summary>
public sealed record ReadableText(string Id, string Text, TextKind Kind);
