namespace Leerwerk.Dialogs.Engine;

/// <summary>A PNG picture with a short text that says what it shows (also its alt text).</summary>
public sealed record ReplyImage(string AltText, byte[] Png);
