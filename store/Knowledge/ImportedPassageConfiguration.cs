using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Knowledge;

internal sealed class ImportedPassageConfiguration : IEntityTypeConfiguration<ImportedPassage>
{
    public void Configure(EntityTypeBuilder<ImportedPassage> builder)
    {
        builder.ToTable("imported_passages");
        builder.Property(p => p.Section).HasMaxLength(400);
        builder.HasIndex(p => new { p.DocumentId, p.Order });
    }
}
