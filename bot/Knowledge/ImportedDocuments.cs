using System.Text.RegularExpressions;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Passages;
using Leerwerk.Store;
using Leerwerk.Store.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Knowledge;

/// <summary>Reports users bring: stored in the database (so they survive a restart) and indexed with the lessons.</summary>
internal sealed partial class ImportedDocuments(IDbContextFactory<LeerwerkDb> dbFactory, KnowledgeBase knowledge, TimeProvider time)
{
    public async Task<ImportedDocument> ImportAsync(string path, string title, CancellationToken cancellationToken)
    {
        var parts = DocumentSplitter.Split(path);
        var id = Slug().Replace(title.ToLowerInvariant(), "-").Trim('-');
        if (id.Length == 0) id = "document";
        if (id.Length > 60) id = id[..60];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ImportedDocuments.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        var document = new ImportedDocument { Id = id, Title = title, FileName = Path.GetFileName(path), ImportedAt = time.GetUtcNow() };
        document.Passages.AddRange(parts.Select((p, i) => new ImportedPassage { DocumentId = id, Order = i + 1, Section = p.Section, Text = p.Text }));
        db.ImportedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        knowledge.RemovePassages(id);
        knowledge.AddPassages(document.Passages.Select(p => ToPassage(document, p)));
        return document;
    }

    public async Task<IReadOnlyList<(ImportedDocument Document, int Passages)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.ImportedDocuments.AsNoTracking().Select(d => new { Document = d, Count = d.Passages.Count }).ToListAsync(cancellationToken);
        return documents.Select(d => (d.Document, d.Count)).OrderBy(d => d.Document.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.ImportedDocuments.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        knowledge.RemovePassages(id);
        return removed;
    }

    public async Task<IReadOnlyList<Passage>> AllPassagesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.ImportedDocuments.AsNoTracking().Include(d => d.Passages).ToListAsync(cancellationToken);
        return documents.SelectMany(d => d.Passages.Select(p => ToPassage(d, p))).ToList();
    }

    private static Passage ToPassage(ImportedDocument document, ImportedPassage passage) =>
        new($"{document.Id}-{passage.Order}", document.Id, passage.Section, document.Title, passage.Section, passage.Text);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
