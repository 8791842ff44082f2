namespace Leerwerk.Dialogs.Texts;

/// <summary>One language's texts, as read from `dialogs/texts/{language}.yaml`.</summary>
public sealed record TextFile(
    string Language,
    string Name,
    bool RightToLeft,
    bool Reviewed,
    IReadOnlyDictionary<string, string> Texts);
