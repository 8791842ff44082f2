namespace Leerwerk.Dialogs.Engine;

/// <summary>
/// Where one questionnaire stands for one conversation: plain data, stored by the bot in conversation
/// state after every turn. The engine never changes it in place; each turn returns a new one.
/// </summary>
public sealed record DialogState
{
    public required string QuestionnaireId { get; init; }

    public required int Version { get; init; }

    public required string Language { get; init; }

    public required string Audience { get; init; }

    public required string StartedBy { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset LastActivityAt { get; init; }

    public string? CurrentStepId { get; init; }

    public DialogMode Mode { get; init; } = DialogMode.Asking;

    public DialogStatus Status { get; init; } = DialogStatus.Active;

    public IReadOnlyDictionary<string, Answer> Answers { get; init; } = new Dictionary<string, Answer>();

    /// <summary>Answers known before (an earlier intake, the store): confirmed, not asked again.</summary>
    public IReadOnlyDictionary<string, Answer> Known { get; init; } = new Dictionary<string, Answer>();

    /// <summary>Steps answered before the dialog started (a quick log): passed over, not asked.</summary>
    public IReadOnlyList<string> Given { get; init; } = [];

    /// <summary>The steps answered or skipped, in order: `terug` walks it back.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>After `wijzig`, the step to return to once the changed answer is given.</summary>
    public string? ReturnToStepId { get; init; }

    public int Retries { get; init; }

    /// <summary>How often "ik begrijp het niet" was said at this step: each time a further aid.</summary>
    public int Explained { get; init; }

    public bool InterpreterRequested { get; init; }

    /// <summary>What the answers belong to (an intake, a traject): set by whoever starts the dialog.</summary>
    public string? Subject { get; init; }

    /// <summary>Carried by every prompt; a card answer with another token belongs to an old question.</summary>
    public string Token => $"{CurrentStepId}@{History.Count}";

    public DialogState WithAnswer(Answer answer) => this with
    {
        Answers = new Dictionary<string, Answer>(Answers) { [answer.StepId] = answer },
        History = History.Contains(answer.StepId) ? History : [.. History, answer.StepId],
    };
}
