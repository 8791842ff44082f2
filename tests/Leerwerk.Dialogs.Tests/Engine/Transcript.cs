using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Dialogs.Texts;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Dialogs.Tests.Engine;

/// <summary>A conversation with the engine, read like a chat: say something, look at the replies and state.</summary>
internal sealed class Transcript
{
    public static readonly string DialogsDirectory = Path.Combine(AppContext.BaseDirectory, "dialogs");
    public static readonly TextCatalog Texts = TextCatalogLoader.Load(Path.Combine(DialogsDirectory, "texts"));
    private static readonly AnswerRecognizer Recognizer = new();

    private readonly DialogEngine _engine;

    public Transcript(Questionnaire? questionnaire = null, string language = "nl", IInterruptionHandler? interruptions = null, FakeTimeProvider? time = null)
    {
        Questionnaire = questionnaire ?? Demo();
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        Language = language;
        _engine = new DialogEngine(Texts, Recognizer, Time, new DialogEngineOptions(), interruptions);
    }

    public Questionnaire Questionnaire { get; set; }

    public FakeTimeProvider Time { get; }

    public string Language { get; }

    public DialogState State { get; private set; } = null!;

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    public DialogOutcome? Outcome { get; private set; }

    public string Text => string.Join("\n", Replies.Select(r => r.Text));

    public string? Step => State.CurrentStepId;

    public static Questionnaire Demo() => Load("demo");

    // Read once per test run: questionnaires are immutable records.
    private static readonly Lazy<IReadOnlyList<Questionnaire>> Shipped = new(() => QuestionnaireLoader.LoadOrThrow(Path.Combine(DialogsDirectory, "questionnaires")));

    public static Questionnaire Load(string id) => Shipped.Value.Single(q => q.Id == id);

    public Transcript Start(IReadOnlyDictionary<string, Answer>? known = null) => Apply(_engine.Start(Questionnaire, Language, "km-1", known));

    public Transcript Say(string text, string? token = null) => Apply(_engine.Continue(Questionnaire, State, new DialogInput(text, "km-1", token)));

    /// <summary>Goes on from a saved state: the engine is pure, so one state serves many tries.</summary>
    public Transcript At(DialogState state)
    {
        State = state;
        return this;
    }

    public Transcript Resume() => Apply(_engine.Resume(Questionnaire, State));

    /// <summary>Answers the demo up to (not including) the given step.</summary>
    public Transcript AnswerDemoUntil(string stepId)
    {
        var answers = new Dictionary<string, string>
        {
            ["naam"] = "Amir", ["rol"] = "jobcoach", ["vervoer"] = "fiets", ["rijbewijs"] = "ja",
            ["uren"] = "32", ["loon"] = "€ 2.500", ["duur"] = "drie maanden", ["start"] = "15-1",
        };
        while (Step is not null && Step != stepId) Say(answers[Step]);
        return this;
    }

    private Transcript Apply(DialogResult result)
    {
        State = result.State;
        Replies = result.Replies;
        Outcome = result.Outcome ?? Outcome;
        return this;
    }
}
