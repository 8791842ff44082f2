namespace Leerwerk.Dialogs.Questionnaires;

public sealed record Section(string Id, LocalizedText Title);
