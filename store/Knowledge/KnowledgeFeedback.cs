namespace Leerwerk.Store.Knowledge;

/// <summary>A user's thumbs up or down on an answer, for whoever maintains the lessons.</summary>
public sealed class KnowledgeFeedback
{
    public long Id { get; set; }

    public required string Question { get; set; }

    /// <summary>The lesson or passage ids the answer cited, comma-separated, best first.</summary>
    public required string HitIds { get; set; }

    public bool Helpful { get; set; }

    public string? Comment { get; set; }

    public required string Channel { get; set; }

    public DateTimeOffset At { get; set; }
}
