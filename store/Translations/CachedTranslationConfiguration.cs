using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Translations;

internal sealed class CachedTranslationConfiguration : IEntityTypeConfiguration<CachedTranslation>
{
    public void Configure(EntityTypeBuilder<CachedTranslation> builder)
    {
        builder.ToTable("cached_translations");
        builder.Property(t => t.Language).HasMaxLength(20);
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.Property(t => t.SourceHash).HasMaxLength(64);
        builder.HasIndex(t => new { t.Language, t.Key, t.SourceHash }).IsUnique();
    }
}
