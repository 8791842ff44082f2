using Leerwerk.Store;
using Leerwerk.Store.BotState;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on our database. Every write checks the ETag the writer read:
/// <see cref="MemoryStorage"/> lets the last writer win, which would silently drop an answer when two
/// turns of one conversation race (Teams retries, two instances behind Azure Bot Service).
/// </summary>
internal sealed class EfStorage(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time, Privacy.SensitiveFields fields) : IStorage
{
    private const string ETagProperty = "eTag";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.StateItems.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(cancellationToken);
        var result = new Dictionary<string, object>(rows.Count);
        foreach (var row in rows)
        {
            // BotState casts what it reads to IDictionary<string, object>; property accessors map the
            // JToken values to their types.
            var state = JsonConvert.DeserializeObject<Dictionary<string, object>>(fields.Unprotect(row.Json), StateJson.Settings) ?? [];
            state[ETagProperty] = row.ETag;
            result[row.Key] = state;
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // On PostgreSQL the execution strategy runs the whole transaction again after a dropped connection.
        var written = await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => WriteInTransactionAsync(db, changes, ct), cancellationToken);
        foreach (var (value, etag) in written) WriteETag(value, etag);
    }

    private async Task<List<(object Value, string ETag)>> WriteInTransactionAsync(LeerwerkDb db, IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = new List<(object Value, string ETag)>();
        foreach (var (key, value) in changes)
        {
            var expected = ReadETag(value);
            // A questionnaire in progress holds every answer so far: state is encrypted like the answers are.
            var json = fields.Protect(Serialize(value));
            var etag = Guid.NewGuid().ToString("N");
            var now = time.GetUtcNow();
            if (expected == "*")
            {
                var updated = await db.StateItems.Where(s => s.Key == key)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Json, json).SetProperty(x => x.ETag, etag).SetProperty(x => x.UpdatedAt, now), cancellationToken);
                if (updated == 0) await InsertAsync(db, key, json, etag, now, cancellationToken);
            }
            else if (expected is null)
            {
                await InsertAsync(db, key, json, etag, now, cancellationToken);
            }
            else
            {
                // The ETag is checked in the UPDATE's WHERE: on PostgreSQL a second writer waits for the
                // first one's row lock, then finds the ETag changed and updates nothing.
                var updated = await db.StateItems.Where(s => s.Key == key && s.ETag == expected)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Json, json).SetProperty(x => x.ETag, etag).SetProperty(x => x.UpdatedAt, now), cancellationToken);
                if (updated == 0) throw new StorageConflictException(key);
            }

            written.Add((value, etag));
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.StateItems.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(LeerwerkDb db, string key, string json, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.StateItems.Add(new StateItem { Key = key, Json = json, ETag = etag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone created this key after we read it as absent.
            throw new StorageConflictException(key);
        }
    }

    private static string? ReadETag(object? value) => value switch
    {
        IStoreItem item => item.ETag,
        IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagProperty, out var etag) ? etag?.ToString() : null,
        JObject jobject => jobject.Value<string>(ETagProperty),
        _ => null,
    };

    private static void WriteETag(object? value, string etag)
    {
        // The caller keeps using this object within the turn; a second save must not conflict with itself.
        switch (value)
        {
            case IStoreItem item: item.ETag = etag; break;
            case IDictionary<string, object> dictionary: dictionary[ETagProperty] = etag; break;
            case JObject jobject: jobject[ETagProperty] = etag; break;
        }
    }

    private static string Serialize(object? value)
    {
        var token = value is null ? JValue.CreateNull() : JToken.FromObject(value, JsonSerializer.Create(StateJson.Settings));
        if (token is JObject obj) obj.Remove(ETagProperty);
        return token.ToString(Formatting.None);
    }
}
