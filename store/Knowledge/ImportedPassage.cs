namespace Leerwerk.Store.Knowledge;

/// <summary>One section or page of an imported document.</summary>
public sealed class ImportedPassage
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    public int Order { get; set; }

    /// <summary>The section heading, or "pagina 4" for a PDF page.</summary>
    public required string Section { get; set; }

    public required string Text { get; set; }
}
