namespace Leerwerk.Store.BotState;

/// <summary>One key of bot state (a conversation's or a user's), stored as JSON.</summary>
public sealed class StateItem
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    /// <summary>Changes on every write; a writer that read an older one has lost a race.</summary>
    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
