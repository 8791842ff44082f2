using System.Globalization;
using System.Text;
using System.Text.Json;
using Leerwerk.Bot.Translation;

namespace Leerwerk.Bot.Intake;

/// <summary>`intake &lt;naam&gt; export`: the whole intake as Markdown (to read) and JSON (to take elsewhere).</summary>
internal static class IntakeExport
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Markdown(IntakeView view, string summary)
    {
        var text = new StringBuilder(summary).Append("\n\n**Alle antwoorden**\n\n| vraag | antwoord | wie | wanneer |\n|---|---|---|---|\n");
        foreach (var (row, answer, step) in view.Answers)
        {
            var question = step?.Prompt.Get("nl") ?? row.StepId;
            var shown = TranslatedDisplay.WithOriginal(row, AnswerLanguage.Written(answer));
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(question)} | {Cell(shown)} | {row.AnsweredAs} | {row.At:d-M-yyyy HH:mm} |\n");
        }

        return text.ToString();
    }

    public static string Json(IntakeView view)
    {
        var intake = view.Intake;
        var document = new
        {
            id = intake.Id, participant = intake.ParticipantName, status = intake.Status.ToString().ToLowerInvariant(),
            language = intake.Language, interpreterRequested = intake.InterpreterRequested,
            consentVersion = intake.ConsentVersion, consentAt = intake.ConsentAt,
            createdAt = intake.CreatedAt, updatedAt = intake.UpdatedAt, finalizedAt = intake.FinalizedAt,
            answers = view.Answers.Select(a => new
            {
                step = a.Row.StepId, questionnaire = a.Row.QuestionnaireId, version = a.Row.QuestionnaireVersion,
                aspect = a.Step?.Tag("aspect"), display = a.Row.Display, value = a.Answer, answeredAs = a.Row.AnsweredAs,
                language = a.Row.Language, dutchTranslation = a.Row.DutchTranslation, machineTranslated = a.Row.MachineTranslated, sensitive = a.Row.Sensitive, at = a.Row.At,
            }),
        };
        return JsonSerializer.Serialize(document, Indented);
    }

    private static string Cell(string text) => text.Replace("|", "/", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
