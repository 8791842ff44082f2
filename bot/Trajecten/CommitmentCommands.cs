using System.Text;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Recognition;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Trajecten;

/// <summary>`afspraken`, `afspraken &lt;traject&gt;`, `te laat`, and `afspraak &lt;nr&gt; gedaan | bezig | uitgesteld tot &lt;datum&gt; | vervallen`.</summary>
internal sealed class CommitmentCommands(TrajectStore store, AnswerRecognizer recognizer, TimeProvider time) : IChatCommand
{
    private static readonly Dictionary<string, CommitmentStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gedaan"] = CommitmentStatus.Gedaan, ["klaar"] = CommitmentStatus.Gedaan, ["bezig"] = CommitmentStatus.Bezig,
        ["uitgesteld"] = CommitmentStatus.Uitgesteld, ["vervallen"] = CommitmentStatus.Vervallen, ["open"] = CommitmentStatus.Open,
    };

    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var today = Today();
        return words switch
        {
            ["afspraken"] => [await MineAsync(turn.UserId, overdueOnly: false, today, cancellationToken)],
            ["te", "laat"] => [await MineAsync(turn.UserId, overdueOnly: true, today, cancellationToken)],
            ["afspraken", .. var name] => [await OfTrajectAsync(string.Join(' ', name), turn, today, cancellationToken)],
            ["afspraak", var nr, var status, .. var rest] when int.TryParse(nr, out var id) && Statuses.TryGetValue(status, out var to) =>
                [await ChangeAsync(id, to, string.Join(' ', rest), turn, today, cancellationToken)],
            ["afspraak", ..] => [new Reply("Zo werkt het: **afspraak 12 gedaan**, **afspraak 12 bezig**, **afspraak 12 uitgesteld tot eind maart**, **afspraak 12 vervallen**. Een toelichting mag erachter na een dubbele punt.")],
            _ => null,
        };
    }

    private async Task<Reply> MineAsync(string userId, bool overdueOnly, DateOnly today, CancellationToken cancellationToken)
    {
        var memberships = await store.MembershipsAsync(userId, cancellationToken);
        var text = new StringBuilder(overdueOnly ? "**Te laat**\n" : "**Jouw open afspraken**\n");
        var any = false;
        foreach (var (traject, role) in memberships)
        {
            var mine = traject.Commitments.Where(c => TrajectStore.IsOpen(c) && (role == "regisseur" || c.PartyRole == role))
                .Where(c => !overdueOnly || TrajectStore.IsOverdue(c, today)).OrderBy(c => c.DueDate).ToList();
            if (mine.Count == 0) continue;
            any = true;
            text.Append("\n**").Append(traject.Name).Append("**\n");
            foreach (var c in mine) text.Append(CommitmentText.Line(c, today)).Append('\n');
        }

        if (!any) text.Append(memberships.Count == 0
            ? "Je hoort nog bij geen traject. De regisseur van je traject voegt je toe met **traject <naam> lid <rol> <jouw e-mail>**."
            : overdueOnly ? "Niets te laat. Mooi zo." : "Geen open afspraken.");
        return new Reply(text.ToString().TrimEnd());
    }

    private async Task<Reply> OfTrajectAsync(string name, TurnInfo turn, DateOnly today, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, turn.Access, cancellationToken) is not { } traject)
        {
            turn.Audit.NotFound();
            return NotFound(name);
        }

        turn.Audit.About("traject:" + traject.Id, null);
        var text = new StringBuilder($"**Afspraken {traject.Name}**\n");
        foreach (var topic in traject.Commitments.OrderBy(c => c.Id).GroupBy(c => c.Topic))
        {
            text.Append("\n**").Append(TrajectTopics.Title(topic.Key)).Append("**\n");
            foreach (var c in topic) text.Append(CommitmentText.Line(c, today)).Append('\n');
        }

        return new Reply(text.ToString().TrimEnd()) { AsCard = true };
    }

    private async Task<Reply> ChangeAsync(int id, CommitmentStatus to, string rest, TurnInfo turn, DateOnly today, CancellationToken cancellationToken)
    {
        turn.Audit.About("afspraak:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        if (await store.GetCommitmentAsync(id, cancellationToken) is not { } commitment || !await store.MayChangeAsync(commitment, turn.Access, cancellationToken))
        {
            // Someone else's commitment looks the same as a missing one: a number gives nothing away.
            turn.Audit.NotFound();
            return new Reply($"Afspraak {id} vind ik niet bij jouw afspraken. Typ **afspraken** voor je lijst.");
        }

        var (datePart, note) = rest.Split(':', 2) is [var before, var after] ? (before.Trim(), after.Trim()) : (rest.Trim(), null);
        DateOnly? newDue = null;
        if (to == CommitmentStatus.Uitgesteld)
        {
            var phrase = datePart.StartsWith("tot ", StringComparison.OrdinalIgnoreCase) ? datePart[4..] : datePart;
            newDue = recognizer.Date(phrase, today);
            if (newDue is null) return new Reply("Tot wanneer? Bijvoorbeeld: **afspraak " + id + " uitgesteld tot eind maart** of **... tot over twee weken**.");
        }
        else if (datePart.Length > 0)
        {
            note = note is null ? datePart : datePart + ": " + note;
        }

        if (await store.ChangeAsync(id, to, turn.UserId, newDue, note, cancellationToken) is not { } changed)
            return new Reply($"Afspraak {id} bestaat niet. Typ **afspraken** voor je lijst.");
        return new Reply($"Afspraak {id} staat nu op **{CommitmentText.Status(changed.Status)}**{(newDue is { } d ? ", nieuwe datum " + d.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}.");
    }

    private static Reply NotFound(string name) => new($"Ik vind geen traject '{name}' bij jou. Typ **afspraken** voor de trajecten waar je bij hoort.");

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
