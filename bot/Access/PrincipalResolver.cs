using Leerwerk.Store;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>
/// Finds the sender's roles once per turn: from configuration, from the beheerder's grants (binding a
/// grant made by e-mail or name to this person's ids the first time they write), and statushouder when
/// an intake is theirs (they came in through an invitation).
/// </summary>
internal sealed class PrincipalResolver(IDbContextFactory<LeerwerkDb> dbFactory, IOptions<AccessOptions> options, ITeamsDirectory teams, PendingInvitations pending, TimeProvider time)
{
    private static readonly IReadOnlySet<string> Everything = new HashSet<string>(Roles.All);
    private const string MemberFact = "~lid";

    public async Task<Principal> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        var userId = from?.Id ?? Principal.Anonymous.UserId;
        var objectId = from?.AadObjectId is { Length: > 0 } aad ? aad : null;
        if (options.Value.Open) return new Principal(userId, objectId, Everything, true, Open: true);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One round trip on every turn: the grants, whether an intake is theirs, whether they are a traject member.
        var facts = await db.AccessGrants.Where(g => (objectId != null && g.ObjectId == objectId) || g.UserId == userId).Select(g => g.Role)
            .Concat(db.Intakes.Where(i => i.StatushouderId == userId).Select(i => Roles.Statushouder))
            .Concat(db.TrajectMembers.Where(m => m.UserId == userId).Select(m => MemberFact))
            .Distinct().ToListAsync(cancellationToken);
        var roles = facts.Where(f => f != MemberFact).ToHashSet(StringComparer.Ordinal);
        var waiting = await pending.AnyAsync(db, cancellationToken);
        // The roster is asked only while someone is still known by e-mail alone.
        var byEmail = waiting || options.Value.Users.Any(u => u.Email is { Length: > 0 });
        var identity = new Identity(turnContext.Activity.ChannelId, userId, objectId, from?.Name, byEmail ? await teams.EmailAsync(turnContext, cancellationToken) : null);
        foreach (var user in options.Value.Users.Where(u => Matches(u, identity))) roles.Add(user.Role.ToLowerInvariant());
        var (bound, boundMember) = waiting ? await BindAsync(db, identity, cancellationToken) : ([], false);
        roles.UnionWith(bound);
        return new Principal(userId, objectId, roles, boundMember || facts.Contains(MemberFact));
    }

    private static bool Matches(ConfiguredUser user, Identity identity) =>
        (user.ObjectId is { Length: > 0 } && user.ObjectId.Equals(identity.ObjectId, StringComparison.OrdinalIgnoreCase))
        || (user.UserId is { Length: > 0 } && user.UserId == identity.UserId)
        || identity.InviteeKeys().Any(k => (user.Email is { Length: > 0 } && Identity.Key(user.Email) == k) || (user.Name is { Length: > 0 } && Identity.Key(user.Name) == k));

    /// <summary>A grant or membership waiting for this person by e-mail or name becomes theirs, by id, for good.</summary>
    private async Task<(IEnumerable<string> Roles, bool Member)> BindAsync(LeerwerkDb db, Identity identity, CancellationToken cancellationToken)
    {
        var keys = identity.InviteeKeys().ToList();
        if (keys.Count == 0) return ([], false);
        var grants = await db.AccessGrants.Where(g => g.Invitee != null && keys.Contains(g.Invitee)).ToListAsync(cancellationToken);
        foreach (var grant in grants)
        {
            grant.ObjectId = identity.ObjectId;
            grant.UserId = identity.UserId;
            grant.DisplayName ??= identity.Name;
            grant.Invitee = null;
            grant.BoundAt = time.GetUtcNow();
        }

        var members = await db.TrajectMembers.Where(m => m.Invitee != null && keys.Contains(m.Invitee)).ToListAsync(cancellationToken);
        foreach (var membership in members)
        {
            membership.UserId = identity.UserId;
            membership.Invitee = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (grants.Count + members.Count > 0) pending.Changed();
        return (grants.Select(g => g.Role), members.Count > 0);
    }
}
