using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Intake;

/// <summary>The answers one turn adds to an intake, with how they read and whether they are sensitive.</summary>
internal sealed record IntakeUpdate(
    string IntakeId,
    string QuestionnaireId,
    int QuestionnaireVersion,
    string UserId,
    string AnsweredAs,
    string Language,
    string? ParticipantName,
    bool InterpreterRequested,
    IReadOnlyList<(Answer Answer, string Display, bool Sensitive)> Answers,
    (string Version, DateTimeOffset At)? Consent = null,
    Store.Audit.AuditEntry? Audit = null);
