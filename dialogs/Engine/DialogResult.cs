namespace Leerwerk.Dialogs.Engine;

public sealed record DialogResult(DialogState State, IReadOnlyList<Reply> Replies, DialogOutcome? Outcome = null);
