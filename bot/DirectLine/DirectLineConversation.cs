using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// One Web Chat conversation: its activity log (what the user sent and what the bot replied, in
/// order) read by polling with a watermark, which is the number of activities already read.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId)
{
    private readonly List<Activity> _log = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _keepUntil;
    private bool _started;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>One turn at a time: the log then reads message, its replies, next message.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    public DateTimeOffset KeepUntil()
    {
        lock (_lock) return _keepUntil;
    }

    public void KeepUntil(DateTimeOffset until)
    {
        lock (_lock) _keepUntil = until > _keepUntil ? until : _keepUntil;
    }

    /// <summary>True the first time only: the greeting is sent once, however often the page reconnects.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (_started) return false;
            _started = true;
            return true;
        }
    }

    /// <summary>Adds activities with ids as Direct Line makes them (`conversation|0000001`).</summary>
    public void Append(IEnumerable<Activity> activities)
    {
        lock (_lock)
        {
            foreach (var activity in activities)
            {
                activity.Id = $"{Id}|{_log.Count:D7}";
                _log.Add(activity);
            }
        }
    }

    public (IReadOnlyList<Activity> Activities, int Watermark) Since(int watermark)
    {
        lock (_lock)
        {
            var from = Math.Clamp(watermark, 0, _log.Count);
            return (_log.GetRange(from, _log.Count - from), _log.Count);
        }
    }
}
