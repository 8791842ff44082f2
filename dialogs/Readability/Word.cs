namespace Leerwerk.Dialogs.Readability;

/// <summary>A word as written, with where it starts in the plain text (to look at what follows it).</summary>
internal sealed record Word(string Text, int Index);
