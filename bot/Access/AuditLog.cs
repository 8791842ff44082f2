using Leerwerk.Bot.Dialogs;
using Leerwerk.Store;
using Leerwerk.Store.Audit;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Access;

/// <summary>Writes and reads the append-only audit log; there is deliberately no update or delete here.</summary>
internal sealed class AuditLog(IDbContextFactory<LeerwerkDb> dbFactory, PersonKeys keys, TimeProvider time)
{
    public Task WriteAsync(TurnInfo turn, AuditNote note, CancellationToken cancellationToken) =>
        note.Action is null ? Task.CompletedTask : WriteAsync(turn, note.Action, note.Result, note.Record, note.Person, cancellationToken);

    public async Task WriteAsync(TurnInfo turn, string action, string result, string? record, string? person, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditLog.Add(Entry(turn, action, result, record, person));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An entry for a store to save in the same transaction as the change it records.</summary>
    public AuditEntry Entry(TurnInfo turn, string action, string result, string? record, string? person) =>
        new()
        {
            At = time.GetUtcNow(),
            ActorId = turn.UserId,
            ActorRoles = turn.Access.RoleList,
            Action = action,
            Record = record,
            PersonKey = person is { Length: > 0 } ? keys.For(person) : null,
            Result = result,
            Channel = turn.ChannelId,
        };

    /// <summary>Everything the log holds about one person, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AboutAsync(string name, int max, CancellationToken cancellationToken)
    {
        var key = keys.For(name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditLog.AsNoTracking().Where(a => a.PersonKey == key).OrderByDescending(a => a.Id).Take(max).ToListAsync(cancellationToken);
    }
}
