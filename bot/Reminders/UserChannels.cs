using System.Collections.Concurrent;
using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Leerwerk.Store.Reminders;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace Leerwerk.Bot.Reminders;

/// <summary>Where each user can be reached by the bot (the conversation reference), and whether they want reminders.</summary>
internal sealed class UserChannels(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time)
{
    // Saving the reference on every message would be a write per turn; only a changed one is written.
    private readonly ConcurrentDictionary<string, string> _known = new();

    public async Task RememberAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is not { } userId) return;
        var reference = activity.GetConversationReference();
        // The id of the message it came with differs every turn, and a reminder is a new message, not a
        // reply to that one: kept, it made every turn a write.
        reference.ActivityId = null;
        var json = JsonConvert.SerializeObject(reference);
        if (_known.TryGetValue(userId, out var known) && known == json) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.UserChannels.FindAsync([userId], cancellationToken);
        if (row is null) db.UserChannels.Add(row = new UserChannel { UserId = userId });
        row.ConversationReferenceJson = json;
        row.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two first messages of one user at once: the other turn made the row; this one updates it.
            var now = time.GetUtcNow();
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            await again.UserChannels.Where(u => u.UserId == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ConversationReferenceJson, json).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        }

        _known[userId] = json;
    }

    public async Task SetRemindersAsync(string userId, bool on, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.UserChannels.FindAsync([userId], cancellationToken);
        if (row is null) db.UserChannels.Add(row = new UserChannel { UserId = userId });
        row.RemindersOff = !on;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<UserChannel?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.UserChannels.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == userId, cancellationToken);
    }
}
