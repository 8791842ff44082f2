using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Translation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Intake;

/// <summary>Both intake questionnaires write, answer by answer, into one intake record.</summary>
internal sealed class IntakeSink(IntakeStore store, DialogEngine engine, Access.AuditLog audit) : IAnswerSink
{
    public const string Klantmanager = "intake";
    public const string Self = "intake-zelf";

    public bool Handles(string questionnaireId) => questionnaireId is Klantmanager or Self;

    public async Task SyncAsync(Questionnaire questionnaire, DialogState state, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (state.Subject is not { } intakeId || state.Answers.Count == 0) return;
        var answers = state.Answers.Values
            .Select(a => (a, Readable(questionnaire, a), questionnaire.Find(a.StepId)?.HasTag("sensitive") ?? false))
            .ToList();
        var name = state.Answers.TryGetValue("roepnaam", out var roepnaam) ? roepnaam.Text : null;
        var answeredAs = questionnaire.Audience == "statushouder" ? "statushouder" : "klantmanager";
        (string, DateTimeOffset)? consent = state.Answers.TryGetValue(Privacy.ConsentVersions.Step, out var yes) && yes.YesNo == true
            ? (Privacy.ConsentVersions.Of(questionnaire, yes.Language), yes.At) : null;
        await store.SaveAsync(new IntakeUpdate(intakeId, questionnaire.Id, questionnaire.Version, turn.UserId, answeredAs,
            state.Language, name, state.InterpreterRequested, answers, consent,
            Audit: audit.Entry(turn, questionnaire.Id + ".antwoord", Access.AuditResults.Allowed, "intake:" + intakeId, name)), cancellationToken);
    }

    /// <summary>
    /// Choices read in Dutch whatever language they were picked in; free text stays as written, and when
    /// it was written in another language the klantmanager sees that it needs translating (the store adds
    /// a machine translation next to it when it can; the summary then shows that instead).
    /// </summary>
    private string Readable(Questionnaire questionnaire, Answer answer)
    {
        var display = engine.Display(questionnaire, answer, Language.Dutch);
        return AnswerLanguage.NeedsDutch(answer)
            ? $"{display} (in {answer.Language}; vertaling nodig)"
            : display;
    }

    public Task DiscardAsync(string subject, CancellationToken cancellationToken) => store.DeleteAsync(subject, cancellationToken);
}
