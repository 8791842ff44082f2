using Leerwerk.Store;
using Leerwerk.Store.Access;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Access;

/// <summary>The beheerder's grants: one row per person and role, named by object id, e-mail or name.</summary>
internal sealed class AccessGrants(IDbContextFactory<LeerwerkDb> dbFactory, PendingInvitations pending, TimeProvider time)
{
    public async Task GrantAsync(string who, string role, string grantedBy, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var grant = new AccessGrant { Role = role, GrantedBy = grantedBy, GrantedAt = time.GetUtcNow() };
        if (Guid.TryParse(who, out var objectId)) grant.ObjectId = objectId.ToString();
        else grant.Invitee = Identity.Key(who);
        if (!await db.AccessGrants.AnyAsync(g => g.Role == role && (g.ObjectId == grant.ObjectId && grant.ObjectId != null || g.Invitee == grant.Invitee && grant.Invitee != null), cancellationToken))
        {
            db.AccessGrants.Add(grant);
            await db.SaveChangesAsync(cancellationToken);
            pending.Changed();
        }
    }

    /// <summary>Takes every role of the person away; returns how many grants there were.</summary>
    public async Task<int> RevokeAsync(string who, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = Identity.Key(who);
        return await db.AccessGrants.Where(g => g.ObjectId == who || g.UserId == who || g.Invitee == key || (g.DisplayName != null && g.DisplayName.ToLower() == key))
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccessGrant>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AccessGrants.AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken);
    }
}
