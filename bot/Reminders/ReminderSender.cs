using Leerwerk.Bot.Adapter;
using Leerwerk.Bot.Hosting;
using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Leerwerk.Store.Reminders;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Leerwerk.Bot.Reminders;

/// <summary>
/// Sends what the planner found, at most once per item per user per day: the row in `reminder_log` is
/// claimed first (a unique key), so a restart or a second instance does not send it again. Without
/// credentials (local mode) the bot cannot message first; the reminder then waits for the user's next message.
/// </summary>
internal sealed class ReminderSender(
    IDbContextFactory<LeerwerkDb> dbFactory, ReminderPlanner planner, UserChannels channels, LeerwerkAdapter adapter,
    IOptions<BotCredentials> credentials, TimeProvider time, ILogger<ReminderSender> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var sent = 0;
        foreach (var reminder in await planner.PlanAsync(today, cancellationToken))
        {
            var channel = await channels.GetAsync(reminder.UserId, cancellationToken);
            if (channel?.RemindersOff == true || !await ClaimAsync(reminder, today, cancellationToken)) continue;
            if (await TrySendAsync(reminder, channel, cancellationToken)) await MarkDeliveredAsync(reminder, today, cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>
    /// Reminders that waited for this user (local mode, or no reference yet), now marked as shown. Each
    /// row is taken with its own conditional update, so two turns of the user on two instances at
    /// once show it only once.
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeWaitingAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var waiting = await db.ReminderLog.AsNoTracking().Where(r => r.UserId == userId && !r.Delivered).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var taken = new List<string>(waiting.Count);
        foreach (var reminder in waiting)
        {
            var updated = await db.ReminderLog.Where(r => r.Id == reminder.Id && !r.Delivered)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Delivered, true), cancellationToken);
            if (updated == 1) taken.Add(reminder.Text);
        }

        return taken;
    }

    private async Task<bool> ClaimAsync(PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ReminderLog.Add(new ReminderLog { UserId = reminder.UserId, ItemKey = reminder.ItemKey, Day = today, Text = reminder.Text });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return false; // already sent today, by this or another instance
        }
    }

    private async Task<bool> TrySendAsync(PlannedReminder reminder, UserChannel? channel, CancellationToken cancellationToken)
    {
        if (credentials.Value.IsLocal || channel?.ConversationReferenceJson is not { } json) return false;
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(json)!;
            await adapter.ContinueConversationAsync(credentials.Value.MicrosoftAppId, reference,
                (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(reminder.Text), ct), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not lost: it stays waiting and is shown the next time the user writes.
            logger.LogWarning(e, "Proactive reminder {ItemKey} could not be sent", reminder.ItemKey);
            return false;
        }
    }

    private async Task MarkDeliveredAsync(PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ReminderLog.Where(r => r.UserId == reminder.UserId && r.ItemKey == reminder.ItemKey && r.Day == today)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Delivered, true), cancellationToken);
    }
}
