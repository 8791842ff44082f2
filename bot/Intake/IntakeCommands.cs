using System.Globalization;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Intake;

/// <summary>`intakes`, `intake &lt;naam&gt;` (the summary), `... export`, `... definitief`, `... aanvullen`.</summary>
internal sealed class IntakeCommands(IntakeStore store, IntakeSummary summary, QuestionnaireCatalog catalog, DialogRunner dialogs, TextCatalog texts)
    : IChatCommand
{
    private static readonly string[] Actions = ["export", "definitief", "aanvullen"];

    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is ["intakes"] || words is ["intake", "lijst"]) return [await ListAsync(turn, cancellationToken)];
        if (words.Length < 2 || !words[0].Equals("intake", StringComparison.OrdinalIgnoreCase)) return null;
        var action = Actions.FirstOrDefault(a => a.Equals(words[^1], StringComparison.OrdinalIgnoreCase));
        var name = string.Join(' ', action is null ? words[1..] : words[1..^1]);
        if (name.Length == 0) return null;
        var intakes = await store.ListAsync(turn.UserId, cancellationToken);
        var intake = intakes.FirstOrDefault(i => i.ParticipantName.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? intakes.FirstOrDefault(i => i.ParticipantName.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        if (intake is null)
        {
            turn.Audit.NotFound();
            return [new Reply(texts.Get("intake_not_found", Language.Dutch, ("name", name)))];
        }

        turn.Audit.About("intake:" + intake.Id, intake.ParticipantName);
        var view = IntakeView.From(intake, catalog);
        switch (action)
        {
            case "export":
                var markdown = IntakeExport.Markdown(view, summary.Build(view));
                return [new Reply(markdown), new Reply("```json\n" + IntakeExport.Json(view) + "\n```")];
            case "definitief":
                await store.FinalizeAsync(intake.Id, turn.UserId, cancellationToken);
                return [new Reply(texts.Get("intake_finalized", Language.Dutch, ("name", intake.ParticipantName)))];
            case "aanvullen":
                var known = view.Answers.Where(a => !a.Answer.Skipped).ToDictionary(a => a.Row.StepId, a => a.Answer);
                var lead = new Reply(texts.Get("intake_supplement", Language.Dutch, ("name", intake.ParticipantName)));
                var started = await dialogs.StartAsync(catalog.Find(IntakeSink.Klantmanager)!, session, turn, cancellationToken, intake.Id, known);
                return [lead, .. started];
            default:
                return [new Reply(summary.Build(view)) { AsCard = true }];
        }
    }

    private async Task<Reply> ListAsync(TurnInfo turn, CancellationToken cancellationToken)
    {
        var intakes = await store.ListAsync(turn.UserId, cancellationToken);
        if (intakes.Count == 0) return new Reply(texts.Get("intake_none", Language.Dutch));
        var lines = intakes.Select(i => string.Create(CultureInfo.InvariantCulture,
            $"- **{(i.ParticipantName.Length > 0 ? i.ParticipantName : "(nog geen naam)")}**: {(i.Status == Store.Intakes.IntakeStatus.Definitief ? "definitief" : "concept")}, {i.Answers.Count} antwoorden, {(i.StatushouderId is null ? "door klantmanager" : "zelf ingevuld")}, {i.UpdatedAt:d-M-yyyy}"));
        return new Reply(texts.Get("intake_list_title", Language.Dutch) + "\n" + string.Join("\n", lines));
    }
}
