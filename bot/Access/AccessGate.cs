using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>
/// The one authorization check every command and questionnaire start passes: allowed, it opens the
/// turn's audit entry; refused, it logs the attempt and says kindly who to ask.
/// </summary>
internal sealed class AccessGate(AuditLog audit, TextCatalog texts, IOptions<AccessOptions> options)
{
    /// <param name="opensAudit">False for the answers inside a questionnaire: the answer's store writes them, not the log.</param>
    public async Task<Reply?> CheckAsync(Permission? permission, TurnInfo turn, CancellationToken cancellationToken, bool opensAudit = true)
    {
        if (permission is null) return null;
        if (AccessPolicy.Allows(turn.Access, permission))
        {
            if (opensAudit) turn.Audit.Begin(permission.Action);
            return null;
        }

        await audit.WriteAsync(turn, permission.Action, AuditResults.Denied, null, null, cancellationToken);
        return new Reply(Refusal(permission, turn));
    }

    /// <summary>For someone without any role: whom to ask, and the code to give them.</summary>
    public string NoAccess(TurnInfo turn, string language) =>
        texts.Get("access_unknown", language, ("ask", options.Value.AskWhom), ("id", turn.Access.ObjectId ?? turn.UserId));

    private string Refusal(Permission permission, TurnInfo turn)
    {
        var ask = ("ask", options.Value.AskWhom);
        if (permission.Roles is [Roles.Statushouder]) return texts.Get("access_needs_invitation", turn.Language);
        if (!turn.Access.IsKnown) return NoAccess(turn, turn.Language);
        var who = string.Join(" of ", permission.Roles.Concat(permission.Members ? ["lid van een traject"] : []));
        return texts.Get("access_wrong_role", turn.Language, ask, ("who", who), ("roles", turn.Access.RolesForPeople));
    }
}
