using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Limits;

/// <summary>A sliding minute per user, on the injected clock: someone (or a script) hammering the bot is slowed down.</summary>
internal sealed class UserThrottle(IOptions<LimitsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);

    public bool Allow(string userId)
    {
        var now = time.GetUtcNow();
        var queue = _recent.GetOrAdd(userId, _ => new ConcurrentQueue<DateTimeOffset>());
        while (queue.TryPeek(out var oldest) && now - oldest > TimeSpan.FromMinutes(1)) queue.TryDequeue(out _);
        if (queue.Count >= options.Value.MessagesPerMinutePerUser) return false;
        queue.Enqueue(now);
        return true;
    }
}
