namespace Leerwerk.Dialogs.Engine;

/// <summary>What the user sent: typed text, or a card submit with the token of the step it answers.</summary>
public sealed record DialogInput(string Text, string UserId, string? Token = null);
