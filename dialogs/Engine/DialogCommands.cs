namespace Leerwerk.Dialogs.Engine;

public static class DialogCommands
{
    private static readonly Dictionary<string, DialogCommand> Words = new(StringComparer.Ordinal)
    {
        ["terug"] = DialogCommand.Back, ["vorige"] = DialogCommand.Back, ["back"] = DialogCommand.Back, ["vorige vraag"] = DialogCommand.Back,
        ["overslaan"] = DialogCommand.Skip, ["sla over"] = DialogCommand.Skip, ["skip"] = DialogCommand.Skip, ["volgende"] = DialogCommand.Skip,
        ["help"] = DialogCommand.Help, ["hulp"] = DialogCommand.Help, ["?"] = DialogCommand.Help,
        ["samenvatting"] = DialogCommand.Summary, ["overzicht"] = DialogCommand.Summary, ["summary"] = DialogCommand.Summary,
        ["wijzig"] = DialogCommand.Change, ["wijzigen"] = DialogCommand.Change, ["aanpassen"] = DialogCommand.Change, ["change"] = DialogCommand.Change, ["edit"] = DialogCommand.Change,
        ["pauze"] = DialogCommand.Pause, ["pauzeer"] = DialogCommand.Pause, ["later verder"] = DialogCommand.Pause, ["pause"] = DialogCommand.Pause,
        ["hervat"] = DialogCommand.Resume, ["verder"] = DialogCommand.Resume, ["resume"] = DialogCommand.Resume, ["continue"] = DialogCommand.Resume,
        ["stop"] = DialogCommand.Stop, ["stoppen"] = DialogCommand.Stop, ["annuleer"] = DialogCommand.Stop, ["cancel"] = DialogCommand.Stop, ["quit"] = DialogCommand.Stop,
        ["ik begrijp het niet"] = DialogCommand.NotUnderstood, ["begrijp ik niet"] = DialogCommand.NotUnderstood, ["ik snap het niet"] = DialogCommand.NotUnderstood,
        ["snap ik niet"] = DialogCommand.NotUnderstood, ["wat bedoel je"] = DialogCommand.NotUnderstood, ["i don't understand"] = DialogCommand.NotUnderstood,
        ["i do not understand"] = DialogCommand.NotUnderstood, ["ik begrijp niet"] = DialogCommand.NotUnderstood, ["niet begrepen"] = DialogCommand.NotUnderstood,
        ["tolk"] = DialogCommand.Interpreter, ["ik wil een tolk"] = DialogCommand.Interpreter, ["interpreter"] = DialogCommand.Interpreter, ["i want an interpreter"] = DialogCommand.Interpreter,
        ["ok"] = DialogCommand.Keep, ["oké"] = DialogCommand.Keep, ["houden"] = DialogCommand.Keep, ["laat staan"] = DialogCommand.Keep, ["keep"] = DialogCommand.Keep,
    };

    public static DialogCommand Parse(string text) =>
        Words.TryGetValue(Normalize(text), out var command) ? command : DialogCommand.None;

    /// <summary>Lower case, no surrounding punctuation: "Terug!" and " terug." are both terug.</summary>
    public static string Normalize(string text) =>
        text.Trim().Trim('!', '.', ',', ';', '"', '\'').Trim().Replace('’', '\'').ToLowerInvariant();
}
