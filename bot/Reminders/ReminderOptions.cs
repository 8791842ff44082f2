using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Reminders;

/// <summary>The `Reminders` section of appsettings.json.</summary>
internal sealed record ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; init; } = true;

    /// <summary>How often the bot looks for due check-ins and overdue commitments.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);
}
