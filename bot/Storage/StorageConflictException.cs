namespace Leerwerk.Bot.Storage;

/// <summary>Another turn wrote the same state key since this turn read it.</summary>
internal sealed class StorageConflictException(string key)
    : Exception($"State '{key}' was changed by another turn.")
{
    public string Key { get; } = key;
}
