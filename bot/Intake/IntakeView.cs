using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Store.Intakes;

namespace Leerwerk.Bot.Intake;

/// <summary>An intake record with the questionnaire steps its answers belong to.</summary>
internal sealed record IntakeView(Store.Intakes.Intake Intake, IReadOnlyList<(IntakeAnswer Row, Answer Answer, Step? Step)> Answers)
{
    public static IntakeView From(Store.Intakes.Intake intake, QuestionnaireCatalog catalog)
    {
        var answers = intake.Answers
            .Select(row => (Row: row, Answer: IntakeStore.ReadAnswer(row), Step: catalog.Find(row.QuestionnaireId)?.Find(row.StepId)))
            .Where(a => a.Answer is not null)
            .Select(a => (a.Row, a.Answer!, a.Step))
            .OrderBy(a => Order(catalog, a.Row))
            .ToList();
        return new IntakeView(intake, answers);
    }

    public IEnumerable<(IntakeAnswer Row, Answer Answer, Step? Step)> Tagged(string prefix, string? value = null) =>
        Answers.Where(a => !a.Answer.Skipped && a.Step?.Tag(prefix) is { } tag && (value is null || tag == value));

    /// <summary>Answers that hit a barrier rule: a missing randvoorwaarde or another hindrance.</summary>
    public IEnumerable<(Answer Answer, BarrierRule Rule, Step Step)> Barriers() =>
        Answers.Where(a => a.Step?.Barrier is { } rule && a.Answer.Keys().Any(rule.When.Contains))
            .Select(a => (a.Answer, a.Step!.Barrier!, a.Step!));

    private static int Order(QuestionnaireCatalog catalog, IntakeAnswer row)
    {
        // The klantmanager's questionnaire gives the reading order; self-service answers follow it.
        var index = catalog.Find(IntakeSink.Klantmanager)?.IndexOf(row.StepId) ?? -1;
        return index >= 0 ? index : 1000 + (catalog.Find(row.QuestionnaireId)?.IndexOf(row.StepId) ?? 0);
    }
}
