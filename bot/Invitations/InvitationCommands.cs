using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Intake;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Invitations;

/// <summary>`uitnodiging &lt;naam&gt;` for the klantmanager; `code &lt;CODE&gt;` (or the link's event) for the statushouder.</summary>
internal sealed class InvitationCommands(InvitationService invitations, DialogRunner dialogs, QuestionnaireCatalog catalog, TextCatalog texts) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var words = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case ["uitnodiging", var name]:
                var (invitation, link) = await invitations.CreateAsync(name.Trim(), turn.UserId, cancellationToken);
                turn.Audit.About("intake:" + invitation.IntakeId, name.Trim());
                return [new Reply($"Uitnodiging voor **{name.Trim()}**: {link}\nDe link werkt één keer en is geldig tot {invitation.ExpiresAt:d-M-yyyy}. {name.Trim()} komt dan direct in de eigen intake; de antwoorden zie je bij **intake {name.Trim()}**.")];
            case ["code", var code]:
                return await RedeemAsync(code, session, turn, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>A statushouder who opens the link lands in their own self-service intake, and nobody else's.</summary>
    public async Task<IReadOnlyList<Reply>> RedeemAsync(string code, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var (result, invitation) = await invitations.RedeemAsync(code, turn.UserId, cancellationToken);
        turn.Audit.Begin("uitnodiging.gebruiken");
        if (invitation is not null) turn.Audit.About("intake:" + invitation.IntakeId, null);
        if (result != RedeemResult.Ok) turn.Audit.Refused();
        if (session.User.Language == Language.Dutch) session.User.Language = Language.SimpleDutch;
        if (result != RedeemResult.Ok) return [new Reply(texts.Get("invitation_" + result.ToString().ToLowerInvariant(), session.User.Language))];
        if (session.Conversation.Dialog is { Subject: var subject } && subject == invitation!.IntakeId) return await dialogs.RepeatAsync(session, turn, cancellationToken);
        return await dialogs.StartAsync(catalog.Find(IntakeSink.Self)!, session, turn with { Language = session.User.Language }, cancellationToken, invitation!.IntakeId);
    }
}
