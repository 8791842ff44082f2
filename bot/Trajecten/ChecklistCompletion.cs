using System.Text;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Trajecten;

/// <summary>A finished checklist becomes a list of commitments that the regisseur confirms before it is saved.</summary>
internal sealed class ChecklistCompletion(ChecklistReader reader, QuestionnaireCatalog catalog, TimeProvider time) : IQuestionnaireCompletion
{
    public string QuestionnaireId => "checklist";

    public Task<IReadOnlyList<Reply>> CompleteAsync(DialogOutcome outcome, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (outcome.Status != DialogStatus.Completed || catalog.Find(QuestionnaireId) is not { } checklist) return Task.FromResult<IReadOnlyList<Reply>>([]);
        var proposal = reader.Read(checklist, outcome, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        session.Conversation.PendingTraject = proposal;
        return Task.FromResult<IReadOnlyList<Reply>>([new Reply(Describe(proposal)) { AsCard = true }, Confirm.Question]);
    }

    public static string Describe(TrajectProposal proposal)
    {
        var text = new StringBuilder($"**Afspraken voor {proposal.Name}** (start {proposal.Start:d-M-yyyy})\n");
        foreach (var topic in proposal.Commitments.GroupBy(c => c.Topic))
        {
            text.Append("\n**").Append(TrajectTopics.Title(topic.Key)).Append("**\n");
            foreach (var commitment in topic) text.Append(CommitmentText.Line(commitment)).Append('\n');
        }

        if (proposal.Gaps.Count > 0)
        {
            text.Append("\n**Wat ontbreekt of riskant is**\n");
            foreach (var gap in proposal.Gaps)
            {
                text.Append("- ").Append(gap.Label).Append(" → ").Append(gap.NextStep);
                if (gap.Lesson is not null) text.Append("\n  Uit de rapporten: ").Append(gap.Lesson);
                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static class Confirm
    {
        public static readonly Reply Question = new(
            "Kloppen deze afspraken? Typ **ja** om ze op te slaan, of **nee** om de checklist aan te passen.",
            [new ReplyChoice("ja", "Ja, opslaan"), new ReplyChoice("nee", "Nee, aanpassen")]);
    }
}
