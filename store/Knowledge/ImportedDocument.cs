namespace Leerwerk.Store.Knowledge;

/// <summary>A report a user brought (`knowledge import`): searched and cited with the lessons.</summary>
public sealed class ImportedDocument
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string FileName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public List<ImportedPassage> Passages { get; set; } = [];
}
