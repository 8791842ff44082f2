using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Knowledge;

internal sealed class ImportedDocumentConfiguration : IEntityTypeConfiguration<ImportedDocument>
{
    public void Configure(EntityTypeBuilder<ImportedDocument> builder)
    {
        builder.ToTable("imported_documents");
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(400);
        builder.Property(d => d.FileName).HasMaxLength(400);
        builder.HasMany(d => d.Passages).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
