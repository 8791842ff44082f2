namespace Leerwerk.Bot.Access;

/// <summary>Who sent this turn, as far as access goes: their roles and whether they belong to a traject.</summary>
/// <param name="Open">`Access:Open` on a developer's machine: every role, and every record in scope.</param>
internal sealed record Principal(string UserId, string? ObjectId, IReadOnlySet<string> Roles, bool TrajectMember, bool Open = false)
{
    public static readonly Principal Anonymous = new("onbekend", null, new HashSet<string>(), false);

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>Known to the bot at all: any role, or a party member of a traject.</summary>
    public bool IsKnown => Roles.Count > 0 || TrajectMember;

    /// <summary>For the audit log and replies: `klantmanager,jobcoach`.</summary>
    public string RoleList => string.Join(',', Leerwerk.Bot.Access.Roles.All.Where(Roles.Contains));

    /// <summary>For a reply: `klantmanager, jobcoach`, or `-` without a role.</summary>
    public string RolesForPeople => Roles.Count == 0 ? "-" : RoleList.Replace(",", ", ", StringComparison.Ordinal);
}
