using System.Globalization;
using System.Text;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;
using Leerwerk.Bot.Translation;

namespace Leerwerk.Bot.Privacy;

/// <summary>`inzage`: a person's record to read, in Dutch; the JSON next to it holds the same and more detail.</summary>
internal static class PersonalDataMarkdown
{
    public static string Of(PersonRecord person, QuestionnaireCatalog catalog, DateTimeOffset now)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"## Gegevens over {Shown(person.Name)}\nOpgevraagd op {now.ToLocalTime():d-M-yyyy HH:mm}.\n"));
        foreach (var view in person.Intakes.Select(i => IntakeView.From(i, catalog)))
        {
            var intake = view.Intake;
            text.Append(CultureInfo.InvariantCulture, $"\n### Intake ({intake.Status.ToString().ToLowerInvariant()})\nGestart {intake.CreatedAt.ToLocalTime():d-M-yyyy}, laatst gewijzigd {intake.UpdatedAt.ToLocalTime():d-M-yyyy}. ");
            text.Append(intake.ConsentAt is { } at ? string.Create(CultureInfo.InvariantCulture, $"Toestemming gegeven op {at.ToLocalTime():d-M-yyyy HH:mm} (tekst {intake.ConsentVersion}).\n") : "Geen toestemming vastgelegd.\n");
            text.Append("\n| vraag | antwoord | gevoelig | wie | wanneer |\n|---|---|---|---|---|\n");
            foreach (var (row, answer, step) in view.Answers)
            {
                var question = step?.Prompt.Get("nl") ?? row.StepId;
                var shown = TranslatedDisplay.WithOriginal(row, AnswerLanguage.Written(answer));
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(question)} | {Cell(shown)} | {(row.Sensitive ? "ja" : "")} | {row.AnsweredAs} | {row.At.ToLocalTime():d-M-yyyy HH:mm} |\n");
            }
        }

        foreach (var invitation in person.Invitations)
            text.Append(CultureInfo.InvariantCulture, $"\n- Uitnodiging gemaakt {invitation.CreatedAt.ToLocalTime():d-M-yyyy}, {(invitation.UsedAt is { } used ? $"gebruikt {used.ToLocalTime():d-M-yyyy}" : "niet gebruikt")}.");
        foreach (var participation in person.Participations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n### Traject {participation.TrajectName}\n");
            if (participation.TrajectEnd is { } end) text.Append(CultureInfo.InvariantCulture, $"Einde traject {end:d-M-yyyy}. ");
            text.Append(participation.CheckIns.Count == 0 ? "Geen check-ins.\n" : "Check-ins:\n");
            foreach (var checkIn in participation.CheckIns)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {checkIn.Date:d-M-yyyy} ({checkIn.Kind})");
                if (checkIn.Signals.Length > 0) text.Append(", signalen: ").Append(checkIn.Signals.Replace(",", ", ", StringComparison.Ordinal));
                if (checkIn.Note is { Length: > 0 } note) text.Append(", notitie: ").Append(note);
                text.Append('\n');
            }
        }

        if (person.Channels.Count + person.Reminders.Count + person.State.Count > 0)
        {
            text.Append("\n### Chat\n");
            foreach (var channel in person.Channels) text.Append("- Account ").Append(channel.UserId).Append(channel.RemindersOff ? ": geen herinneringen\n" : "\n");
            foreach (var reminder in person.Reminders) text.Append(CultureInfo.InvariantCulture, $"- Herinnering {reminder.Day:d-M-yyyy}: {reminder.Text}\n");
            foreach (var item in person.State) text.Append("- ").Append(item.Summary).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\n### Wie heeft deze gegevens bekeken of gewijzigd\n");
        if (person.Audit.Count == 0) text.Append("Nog niemand.\n");
        foreach (var entry in person.Audit)
            text.Append(CultureInfo.InvariantCulture, $"- {entry.At.ToLocalTime():d-M-yyyy HH:mm} {entry.Action} door {Actor(entry)}: {entry.Result}\n");
        return text.ToString().TrimEnd();
    }

    private static string Actor(Store.Audit.AuditEntry entry) =>
        entry.ActorRoles.Length > 0 ? entry.ActorRoles : entry.ActorId == RetentionSweep.Actor ? RetentionSweep.Actor : "iemand zonder rol";

    private static string Shown(string name) => name.Length > 0 ? name : "(geen naam)";

    private static string Cell(string text) => text.Replace("|", "/", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
