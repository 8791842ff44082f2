using System.Text;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Access;

/// <summary>`toegang` (who has which role), `toegang &lt;naam/e-mail/id&gt; &lt;rol&gt;`, `toegang &lt;naam/e-mail/id&gt; weg`.</summary>
internal sealed class AccessCommands(AccessGrants grants) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, Conversation.TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words[0].Equals("toegang", StringComparison.OrdinalIgnoreCase)) return null;
        if (words.Length == 1) return [await ListAsync(cancellationToken)];
        var who = string.Join(' ', words[1..^1]);
        var last = words[^1].ToLowerInvariant();
        if (who.Length > 0 && last is "weg" or "intrekken")
        {
            turn.Audit.About("toegang:" + Identity.Key(who), null);
            var removed = await grants.RevokeAsync(who, cancellationToken);
            return [new Reply(removed > 0 ? $"{who} heeft geen toegang meer." : $"Ik vind geen toegang voor '{who}'. Typ **toegang** voor de lijst.")];
        }

        if (who.Length == 0 || Roles.Parse(last) is not { } role || role == Roles.Statushouder)
            return [new Reply($"Zo werkt het: **toegang <e-mail of naam> <rol>**, bijvoorbeeld *toegang j.devries@gemeente.nl klantmanager*. Rollen: {string.Join(", ", Roles.Grantable)}. Een statushouder komt binnen via een uitnodiging van de klantmanager. Toegang weghalen: **toegang <e-mail of naam> weg**.")];
        turn.Audit.About("toegang:" + Identity.Key(who), null);
        await grants.GrantAsync(who, role, turn.UserId, cancellationToken);
        return [new Reply($"Genoteerd: **{who}** is {role}. Zodra die persoon mij in Teams een bericht stuurt, hoort de rol bij zijn of haar account. Typ **toegang** voor de lijst.")];
    }

    private async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var all = await grants.AllAsync(cancellationToken);
        if (all.Count == 0) return new Reply("Nog niemand heeft een rol via de chat. Geef iemand toegang: **toegang <e-mail of naam> <rol>**.");
        var text = new StringBuilder("**Toegang**\n");
        foreach (var person in all.GroupBy(g => g.ObjectId ?? g.UserId ?? g.Invitee))
        {
            var first = person.First();
            var name = first.DisplayName ?? first.Invitee ?? first.ObjectId ?? first.UserId;
            var state = first.Invitee is null ? "actief" : "wacht op eerste bericht";
            text.Append("- **").Append(name).Append("**: ").Append(string.Join(", ", person.Select(g => g.Role).Distinct())).Append(" (").Append(state).Append(")\n");
        }

        return new Reply(text.ToString().TrimEnd());
    }
}
