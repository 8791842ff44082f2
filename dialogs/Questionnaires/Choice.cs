namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>A choice with a language-neutral id: answers keep the id, texts are per language.</summary>
public sealed record Choice(string Id, LocalizedText Text, LocalizedList Synonyms, string? Emoji);
