using System.Globalization;
using System.Text;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// What `inzage` and `verwijder` say: to a statushouder about themselves in their own language (texts
/// `privacy_*`), to a beheerder in Dutch with the details they need to check before erasing.
/// </summary>
internal sealed class PrivacyReplies(TextCatalog texts, string language, bool self, string name)
{
    public Reply Nothing() => new(self && name.Length == 0 ? Say("privacy_nothing")
        : $"Ik vind niets over '{name}'{(self ? " dat bij jou hoort" : string.Empty)}. Let op: de naam moet precies zo geschreven zijn als in de intake.");

    public Reply Inspect() => new(self ? Say("privacy_inspect") : "Dit is alles wat Leerwerk over deze persoon bewaart: eerst om te lezen, daarna als JSON om mee te nemen. Deze inzage staat in het auditlog.");

    public Reply CodeChanged() => new(self ? Say("privacy_erase_changed") : "Die code klopt niet (meer): er is iets veranderd sinds je het vroeg. Hieronder staat wat er nu zou verdwijnen, met een nieuwe code.");

    public Reply Preview(PersonRecord person)
    {
        var command = name.Length == 0 ? $"verwijder bevestig {ErasureCode.For(person)}" : $"verwijder {name} bevestig {ErasureCode.For(person)}";
        if (self) return new Reply(Say("privacy_erase_ask", ("command", command)));
        var answers = person.Intakes.Sum(i => i.Answers.Count);
        var text = new StringBuilder($"**Verwijderen: {person.Name}**\nDit haal ik weg:\n")
            .Append(CultureInfo.InvariantCulture, $"- {Count(person.Intakes.Count, "intake", "intakes")} met {Count(answers, "antwoord", "antwoorden")}\n");
        if (person.Intakes.Count > 1)
            text.Append(CultureInfo.InvariantCulture, $"  Let op: {person.Intakes.Count} intakes met deze naam, van {string.Join(", ", person.Intakes.Select(i => i.KlantmanagerId ?? "geen klantmanager").Distinct())}. Ze gaan allemaal weg.\n");
        if (person.Invitations.Count > 0) text.Append("- ").Append(Count(person.Invitations.Count, "uitnodiging", "uitnodigingen")).Append('\n');
        foreach (var participation in person.Participations)
            text.Append(CultureInfo.InvariantCulture, $"- de plaats in traject {participation.TrajectName}, met {Count(participation.CheckIns.Count, "check-in", "check-ins")}\n");
        if (person.UserIds.Count + person.Reminders.Count + person.State.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"- chatgegevens: {Count(person.UserIds.Count, "account", "accounts")}, {Count(person.State.Count, "deel", "delen")} van gesprekken, {Count(person.Reminders.Count, "herinnering", "herinneringen")}\n");
        text.Append("Afspraken in trajecten blijven staan: die horen bij de partijen, niet bij de persoon. Het auditlog houdt alleen vast dát er iets is verwijderd, zonder naam.\n");
        text.Append(CultureInfo.InvariantCulture, $"Zeker weten? Typ **{command}**. Dit kan niet ongedaan worden.");
        return new Reply(text.ToString());
    }

    public Reply Erased(PersonRecord person) => new(self ? Say("privacy_erased")
        : $"**{person.Name}** is verwijderd. In het auditlog staat alleen nog dát het is verwijderd; **audit {person.Name}** laat dat zien.");

    private string Say(string key, params (string, string)[] values) => texts.Get(key, language, values);

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
