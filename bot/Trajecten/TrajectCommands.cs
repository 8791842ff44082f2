using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Trajecten;

/// <summary>`traject &lt;naam&gt;` (the overview), `... export`, `... deelnemer &lt;naam&gt;`, `... lid &lt;rol&gt;`.</summary>
internal sealed class TrajectCommands(TrajectStore store, TrajectOverview overview, TimeProvider time) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[0].Equals("traject", StringComparison.OrdinalIgnoreCase)) return null;
        var (name, action, argument) = Parse(words[1..]);
        if (await store.FindAsync(name, turn.Access, cancellationToken) is not { } traject)
        {
            turn.Audit.NotFound();
            return [new Reply($"Ik vind geen traject '{name}' bij jou. Typ **afspraken** voor de trajecten waar je bij hoort.")];
        }

        turn.Audit.About("traject:" + traject.Id, null);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (action is "deelnemer" or "lid" && !turn.Access.Open && traject.RegisseurId != turn.UserId)
        {
            turn.Audit.Refused();
            return [new Reply($"Alleen de regisseur van {traject.Name} voegt deelnemers en leden toe.")];
        }

        switch (action)
        {
            case "export":
                return [new Reply(TrajectExport.Markdown(traject, today)), new Reply("```csv\n" + TrajectExport.Csv(traject) + "```")];
            case "deelnemer" when argument.Length > 0:
                turn.Audit.About("traject:" + traject.Id, argument);
                await store.AddParticipantAsync(traject.Id, argument, null, null, cancellationToken);
                return [new Reply($"{argument} doet nu mee aan {traject.Name}.")];
            case "lid" when argument.Split(' ', 2) is [var role, ..] && TrajectTopics.Parties.Contains(role.ToLowerInvariant()):
                return [await MemberAsync(traject, role.ToLowerInvariant(), argument.Split(' ', 2) is [_, var who] ? who.Trim() : null, turn, cancellationToken)];
            case "lid":
                return [new Reply("Zo werkt het: **traject <naam> lid <rol> <e-mail of naam>**. Rollen: " + string.Join(", ", TrajectTopics.Parties) + ". Zonder e-mail of naam meld je jezelf aan.")];
            default:
                return [await overview.BuildAsync(traject, today, cancellationToken)];
        }
    }

    private async Task<Reply> MemberAsync(Store.Trajecten.Traject traject, string role, string? who, TurnInfo turn, CancellationToken cancellationToken)
    {
        var title = TrajectTopics.PartyTitle(role);
        if (who is null)
        {
            await store.JoinAsync(traject.Id, turn.UserId, role, cancellationToken);
            return new Reply($"Genoteerd: je hoort bij {traject.Name} als {title}. Typ **afspraken** voor jouw afspraken.");
        }

        await store.InviteAsync(traject.Id, who, role, cancellationToken);
        return new Reply($"Genoteerd: **{who}** hoort bij {traject.Name} als {title}. Zodra die persoon mij in Teams een bericht stuurt, ziet hij of zij de afspraken met **afspraken**.");
    }

    private static (string Name, string? Action, string Argument) Parse(string[] words)
    {
        for (var i = words.Length - 1; i >= 1; i--)
        {
            var word = words[i].ToLowerInvariant();
            if (word is "export" or "deelnemer" or "lid")
                return (string.Join(' ', words[..i]), word, string.Join(' ', words[(i + 1)..]));
        }

        return (string.Join(' ', words), null, string.Empty);
    }
}
