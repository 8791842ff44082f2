using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;
using Leerwerk.Knowledge;

namespace Leerwerk.Bot.Trajecten;

/// <summary>
/// Turns the checklist's answers into a traject proposal: per canvas topic a commitment for each party
/// that takes it on, per party its own part, and the gaps with the lesson behind each.
/// </summary>
internal sealed class ChecklistReader(KnowledgeBase knowledge)
{
    public TrajectProposal Read(Questionnaire checklist, DialogOutcome outcome, DateOnly today)
    {
        var answers = outcome.Answers;
        string? Text(string id) => answers.TryGetValue(id, out var a) && !a.Skipped ? a.Text : null;
        decimal? Number(string id) => answers.TryGetValue(id, out var a) && !a.Skipped ? a.Number : null;
        IReadOnlyList<string> Choices(string id) => answers.TryGetValue(id, out var a) && !a.Skipped ? a.Choices ?? [] : [];

        var start = answers.TryGetValue("traject_start", out var s) && s.Date is { } date ? date : today;
        var phases = TrajectTopics.Phases.Select(p => new PhasePlan(p, Number("duur_" + p) ?? 0)).ToList();
        var end = start.AddMonths((int)Math.Ceiling(phases.Sum(p => p.Months)));
        var parties = Choices("partijen").Select(p => new PartyPlan(p, Text($"partij_{p}_naam"), Text($"partij_{p}_verwachting"), Number("kosten_" + p))).ToList();

        var commitments = new List<CommitmentPlan>();
        foreach (var (topic, title) in TrajectTopics.Canvas)
        {
            var takers = Choices(topic + "_partijen");
            var what = Text(topic + "_afspraak") ?? title;
            var months = Number(topic + "_maanden");
            var due = months is { } m ? start.AddMonths((int)Math.Ceiling(m)) : end;
            // The cost is agreed per topic; each party carrying it gets an equal share.
            var share = Number(topic + "_kosten") is { } cost && takers.Count > 0 ? Math.Round(cost / takers.Count, 2) : (decimal?)null;
            commitments.AddRange(takers.Select(p => new CommitmentPlan(topic, p, what, start, due, share)));
        }

        commitments.AddRange(parties.Where(p => p.Expectation is not null)
            .Select(p => new CommitmentPlan(TrajectTopics.Responsibilities, p.Role, p.Expectation!, start, end, p.Cost)));
        var gaps = Gaps(checklist, answers);
        return new TrajectProposal(Text("traject_naam") ?? "traject", Choices("sector").FirstOrDefault(), Text("doel"), start,
            phases, parties, commitments, gaps, (int)(Number("deelnemers") ?? 0), outcome);
    }

    private List<Gap> Gaps(Questionnaire checklist, IReadOnlyDictionary<string, Answer> answers)
    {
        var gaps = new List<Gap>();
        foreach (var step in checklist.Steps.Where(s => s.Barrier is not null))
        {
            if (!answers.TryGetValue(step.Id, out var answer) || !answer.Keys().Any(step.Barrier!.When.Contains)) continue;
            gaps.Add(WithLesson(step.Barrier!.Label.Get(Language.Dutch) ?? step.Id, step.Barrier.NextStep.Get(Language.Dutch) ?? string.Empty, step.Tag("theme")));
        }

        foreach (var (topic, title) in TrajectTopics.Canvas)
        {
            if (answers.TryGetValue(topic + "_partijen", out var takers) && takers.Choices is { Count: > 0 }) continue;
            gaps.Add(WithLesson($"Geen partij voor {title.ToLowerInvariant()}", $"Spreek af wie {title.ToLowerInvariant()} op zich neemt.", "samenwerking"));
        }

        return gaps;
    }

    private Gap WithLesson(string label, string nextStep, string? theme)
    {
        var lesson = knowledge.LessonsFor(theme ?? label, "regisseur", 1).FirstOrDefault();
        return new Gap(label, nextStep, theme, lesson is null ? null : $"{lesson.Title} ({lesson.Citation})");
    }
}
