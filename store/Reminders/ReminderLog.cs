namespace Leerwerk.Store.Reminders;

/// <summary>
/// One reminder about one item to one user on one day. The unique key makes "at most once a day" hold
/// across restarts and across several bot instances: whoever inserts the row first sends it.
/// </summary>
public sealed class ReminderLog
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What it is about: `checkin:12` (participant 12) or `afspraak:34`.</summary>
    public required string ItemKey { get; set; }

    public DateOnly Day { get; set; }

    public required string Text { get; set; }

    /// <summary>Sent proactively; false while it waits to be shown the next time the user writes (local mode).</summary>
    public bool Delivered { get; set; }
}
