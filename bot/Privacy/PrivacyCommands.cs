using Leerwerk.Bot.Access;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// `inzage [naam]`: everything stored about a person, as Markdown and JSON. `verwijder [naam]`: what
/// would go, and a code; `verwijder [naam] bevestig CODE` erases it. A beheerder may name anyone; a
/// statushouder only themselves, and is answered in their own language. The router's gate has already
/// checked the permission; this checks whose data it is.
/// </summary>
internal sealed class PrivacyCommands(PersonalData data, PersonEraser eraser, QuestionnaireCatalog catalog, TextCatalog texts, TimeProvider time) : IChatCommand
{
    private const string Confirm = "bevestig";

    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].ToLowerInvariant() is not ("inzage" or "verwijder")) return null;
        var erase = words[0].Equals("verwijder", StringComparison.OrdinalIgnoreCase);
        var (name, code) = erase ? SplitConfirmation(words[1..]) : (string.Join(' ', words[1..]), null);
        var everyone = turn.Access.Open || turn.Access.Has(Roles.Beheerder);
        var self = name.Length == 0 || !everyone;
        if (name.Length == 0 && !turn.Access.Has(Roles.Statushouder))
            return [new Reply($"Over wie? Typ **{words[0].ToLowerInvariant()} <naam>**, bijvoorbeeld *{words[0].ToLowerInvariant()} Amir*. De naam zoals in de intake.")];

        var person = name.Length == 0 ? await data.OfUserAsync(turn.UserId, cancellationToken)
            : await data.ByNameAsync(name, everyone ? null : turn.UserId, cancellationToken);
        var replies = new PrivacyReplies(texts, session.User.Language, self, name);
        if (person.IsEmpty)
        {
            turn.Audit.NotFound();
            return [replies.Nothing()];
        }

        turn.Audit.About(person.Reference, person.Name);
        if (!erase)
        {
            var now = time.GetUtcNow();
            return [replies.Inspect(), new Reply(PersonalDataMarkdown.Of(person, catalog, now)), new Reply("```json\n" + PersonalDataExport.Json(person, catalog, now) + "\n```")];
        }

        if (code is null || !ErasureCode.Matches(person, code))
            return code is { Length: > 0 } ? [replies.CodeChanged(), replies.Preview(person)] : [replies.Preview(person)];
        var skip = new HashSet<string>(StringComparer.Ordinal) { $"{turn.ChannelId}/conversations/{turn.ConversationId}", $"{turn.ChannelId}/users/{turn.UserId}" };
        await eraser.EraseAsync(person, turn, skip, cancellationToken);
        SessionScrub.Apply(session, person, turn.UserId);
        return [replies.Erased(person)];
    }

    /// <summary>`Amir bevestig K7P2QX` → (Amir, K7P2QX); `Amir bevestig` → (Amir, ""): asked to confirm without the code.</summary>
    private static (string Name, string? Code) SplitConfirmation(string[] words) => words switch
    {
        [.. var name, var confirm, var code] when confirm.Equals(Confirm, StringComparison.OrdinalIgnoreCase) => (string.Join(' ', name), code),
        [.. var name, var confirm] when confirm.Equals(Confirm, StringComparison.OrdinalIgnoreCase) => (string.Join(' ', name), string.Empty),
        _ => (string.Join(' ', words), null),
    };
}
