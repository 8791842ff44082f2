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
        if (await store.FindAsync(name, cancellationToken) is not { } traject) return [new Reply($"Ik vind geen traject '{name}'.")];
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        switch (action)
        {
            case "export":
                return [new Reply(TrajectExport.Markdown(traject, today)), new Reply("```csv\n" + TrajectExport.Csv(traject) + "```")];
            case "deelnemer" when argument.Length > 0:
                await store.AddParticipantAsync(traject.Id, argument, null, null, cancellationToken);
                return [new Reply($"{argument} doet nu mee aan {traject.Name}.")];
            case "lid" when TrajectTopics.Parties.Contains(argument.ToLowerInvariant()):
                await store.JoinAsync(traject.Id, turn.UserId, argument.ToLowerInvariant(), cancellationToken);
                return [new Reply($"Genoteerd: je hoort bij {traject.Name} als {TrajectTopics.PartyTitle(argument.ToLowerInvariant())}. Typ **afspraken** voor jouw afspraken.")];
            case "lid":
                return [new Reply("Welke rol? Een van: " + string.Join(", ", TrajectTopics.Parties) + ".")];
            default:
                return [await overview.BuildAsync(traject, today, cancellationToken)];
        }
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
