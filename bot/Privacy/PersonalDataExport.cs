using System.Text.Json;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;

namespace Leerwerk.Bot.Privacy;

/// <summary>`inzage`: a person's record as JSON, to take elsewhere. Decrypted, complete, without invitation codes (still a key to the intake).</summary>
internal static class PersonalDataExport
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Json(PersonRecord person, QuestionnaireCatalog catalog, DateTimeOffset now) => JsonSerializer.Serialize(new
    {
        person = person.Name,
        exportedAt = now,
        intakes = person.Intakes.Select(intake => IntakeView.From(intake, catalog)).Select(view => new
        {
            id = view.Intake.Id, participant = view.Intake.ParticipantName, status = view.Intake.Status.ToString().ToLowerInvariant(),
            language = view.Intake.Language, interpreterRequested = view.Intake.InterpreterRequested,
            klantmanager = view.Intake.KlantmanagerId, statushouder = view.Intake.StatushouderId,
            consentVersion = view.Intake.ConsentVersion, consentAt = view.Intake.ConsentAt,
            createdAt = view.Intake.CreatedAt, updatedAt = view.Intake.UpdatedAt, finalizedAt = view.Intake.FinalizedAt,
            answers = view.Answers.Select(a => new
            {
                step = a.Row.StepId, questionnaire = a.Row.QuestionnaireId, question = a.Step?.Prompt.Get("nl"), display = a.Row.Display, value = a.Answer,
                answeredAs = a.Row.AnsweredAs, language = a.Row.Language, dutchTranslation = a.Row.DutchTranslation,
                machineTranslated = a.Row.MachineTranslated, sensitive = a.Row.Sensitive, at = a.Row.At,
            }),
        }),
        invitations = person.Invitations.Select(i => new { intake = i.IntakeId, createdBy = i.CreatedBy, createdAt = i.CreatedAt, expiresAt = i.ExpiresAt, usedAt = i.UsedAt, usedBy = i.UsedBy }),
        trajecten = person.Participations.Select(p => new
        {
            traject = p.TrajectName, trajectEnd = p.TrajectEnd, name = p.Participant.Name, jobcoach = p.Participant.JobcoachId,
            checkIns = p.CheckIns.Select(c => new
            {
                date = c.Date, kind = c.Kind, signals = c.Signals.Split(',', StringSplitOptions.RemoveEmptyEntries), note = c.Note,
                nextDate = c.NextDate, jobcoach = c.JobcoachId, answers = JsonDocument.Parse(c.AnswersJson).RootElement, createdAt = c.CreatedAt,
            }),
        }),
        accounts = person.Channels.Select(c => new { userId = c.UserId, remindersOff = c.RemindersOff, reachableByBot = c.ConversationReferenceJson is not null, updatedAt = c.UpdatedAt }),
        reminders = person.Reminders.Select(r => new { day = r.Day, text = r.Text, delivered = r.Delivered }),
        botState = person.State.Select(s => new { key = s.Key, own = s.Own, summary = s.Summary }),
        auditLog = person.Audit.Select(a => new { at = a.At, action = a.Action, roles = a.ActorRoles, record = a.Record, result = a.Result, channel = a.Channel }),
    }, Indented);
}
