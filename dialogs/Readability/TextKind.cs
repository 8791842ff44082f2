namespace Leerwerk.Dialogs.Readability;

public enum TextKind
{
    /// <summary>Sentences: measured with sentence length and the Flesch–Douma score.</summary>
    Text,

    /// <summary>
    /// A choice or a title: not a sentence, so it is measured by its words alone; a one-word label
    /// like "Gereedschap" would otherwise score as a far too long sentence.
    /// </summary>
    Label,
}
