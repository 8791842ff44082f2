namespace Leerwerk.Dialogs.Engine;

/// <summary>What a finished (or stopped) questionnaire hands to its handler, typed.</summary>
public sealed record DialogOutcome(
    string QuestionnaireId,
    int Version,
    DialogStatus Status,
    string Language,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyDictionary<string, Answer> Answers,
    bool InterpreterRequested,
    string? Subject);
