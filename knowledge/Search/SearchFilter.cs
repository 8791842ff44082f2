namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Narrows lessons to a role, theme and/or phase (words of the lesson vocabulary). Passages carry no
/// such labels and are never filtered out, so imported material stays findable.
/// </summary>
public sealed record SearchFilter(string? Role = null, string? Theme = null, string? Phase = null)
{
    internal bool IsEmpty => Role is null && Theme is null && Phase is null;
}
