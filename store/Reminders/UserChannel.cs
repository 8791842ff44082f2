namespace Leerwerk.Store.Reminders;

/// <summary>Where the bot can reach a user by itself (the Bot Framework conversation reference), and whether they want that.</summary>
public sealed class UserChannel
{
    public required string UserId { get; set; }

    public string? ConversationReferenceJson { get; set; }

    public bool RemindersOff { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
