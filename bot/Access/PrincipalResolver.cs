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
internal sealed class PrincipalResolver(IDbContextFactory<LeerwerkDb> dbFactory, IOptions<AccessOptions> options, ITeamsDirectory teams, TimeProvider time)
{
    private static readonly IReadOnlySet<string> Everything = new HashSet<string>(Roles.All);

    public async Task<Principal> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        var userId = from?.Id ?? Principal.Anonymous.UserId;
        var objectId = from?.AadObjectId is { Length: > 0 } aad ? aad : null;
        if (options.Value.Open) return new Principal(userId, objectId, Everything, true, Open: true);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var grants = await db.AccessGrants.Where(g => (objectId != null && g.ObjectId == objectId) || g.UserId == userId).Select(g => g.Role).ToListAsync(cancellationToken);
        roles.UnionWith(grants);
        var pending = await db.AccessGrants.AnyAsync(g => g.Invitee != null, cancellationToken) || await db.TrajectMembers.AnyAsync(m => m.Invitee != null, cancellationToken);
        // The roster is asked only while someone is still known by e-mail alone.
        var byEmail = pending || options.Value.Users.Any(u => u.Email is { Length: > 0 });
        var identity = new Identity(turnContext.Activity.ChannelId, userId, objectId, from?.Name, byEmail ? await teams.EmailAsync(turnContext, cancellationToken) : null);
        foreach (var user in options.Value.Users.Where(u => Matches(u, identity))) roles.Add(user.Role.ToLowerInvariant());
        if (pending) roles.UnionWith(await BindAsync(db, identity, cancellationToken));
        if (await db.Intakes.AnyAsync(i => i.StatushouderId == userId, cancellationToken)) roles.Add(Roles.Statushouder);
        var member = await db.TrajectMembers.AnyAsync(m => m.UserId == userId, cancellationToken);
        return new Principal(userId, objectId, roles, member);
    }

    private static bool Matches(ConfiguredUser user, Identity identity) =>
        (user.ObjectId is { Length: > 0 } && user.ObjectId.Equals(identity.ObjectId, StringComparison.OrdinalIgnoreCase))
        || (user.UserId is { Length: > 0 } && user.UserId == identity.UserId)
        || identity.InviteeKeys().Any(k => (user.Email is { Length: > 0 } && Identity.Key(user.Email) == k) || (user.Name is { Length: > 0 } && Identity.Key(user.Name) == k));

    /// <summary>A grant or membership waiting for this person by e-mail or name becomes theirs, by id, for good.</summary>
    private async Task<IEnumerable<string>> BindAsync(LeerwerkDb db, Identity identity, CancellationToken cancellationToken)
    {
        var keys = identity.InviteeKeys().ToList();
        if (keys.Count == 0) return [];
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
        return grants.Select(g => g.Role);
    }
}
