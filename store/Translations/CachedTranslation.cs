namespace Leerwerk.Store.Translations;

/// <summary>A bot text translated on the fly into a language without a translation file, kept so it is made once.</summary>
public sealed class CachedTranslation
{
    public long Id { get; set; }

    public required string Language { get; set; }

    /// <summary>Where the text comes from, e.g. `texts/welcome` or `intake-zelf/roepnaam.prompt`.</summary>
    public required string Key { get; set; }

    /// <summary>A hash of the Dutch source text: when the Dutch changes, the translation is made again.</summary>
    public required string SourceHash { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
