using System.Globalization;
using System.Text;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Access;

/// <summary>`audit &lt;naam&gt;`: who read or changed what about one person, and when.</summary>
internal sealed class AuditCommands(AuditLog log) : IChatCommand
{
    private const int Shown = 50;

    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, Conversation.TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words[0].Equals("audit", StringComparison.OrdinalIgnoreCase)) return null;
        if (words.Length == 1) return [new Reply("Over wie? Typ **audit <naam>**, bijvoorbeeld *audit Amir*.")];
        var name = string.Join(' ', words[1..]);
        turn.Audit.About("audit", name);
        var entries = await log.AboutAsync(name, Shown, cancellationToken);
        if (entries.Count == 0) return [new Reply($"Het auditlog heeft niets over '{name}'. Let op: de naam moet precies zo geschreven zijn als in de intake.")];
        var lines = new StringBuilder($"**Auditlog {name}** (nieuwste eerst{(entries.Count == Shown ? $", de laatste {Shown}" : string.Empty)})\n");
        foreach (var e in entries)
        {
            lines.Append(string.Create(CultureInfo.InvariantCulture, $"- {e.At.ToLocalTime():d-M-yyyy HH:mm} {e.Action} door {e.ActorId} ({(e.ActorRoles.Length > 0 ? e.ActorRoles : "geen rol")}): {e.Result}"));
            if (e.Record is not null) lines.Append(", ").Append(e.Record);
            lines.Append(" via ").Append(e.Channel).Append('\n');
        }

        return [new Reply(lines.ToString().TrimEnd())];
    }
}
