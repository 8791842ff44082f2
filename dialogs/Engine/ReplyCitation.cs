namespace Leerwerk.Dialogs.Engine;

/// <summary>A source of a reply: what it is called and where in it the answer stands.</summary>
public sealed record ReplyCitation(int Position, string Title, string Source, string Abstract);
