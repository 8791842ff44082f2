namespace Leerwerk.Dialogs.Engine;

public sealed record ReplyChoice(string Id, string Label, string? Emoji = null);
