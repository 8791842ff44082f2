using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Knowledge;

internal sealed class KnowledgeFeedbackConfiguration : IEntityTypeConfiguration<KnowledgeFeedback>
{
    public void Configure(EntityTypeBuilder<KnowledgeFeedback> builder)
    {
        builder.ToTable("knowledge_feedback");
        builder.Property(f => f.Question).HasMaxLength(4000);
        builder.Property(f => f.HitIds).HasMaxLength(400);
        builder.Property(f => f.Channel).HasMaxLength(64);
    }
}
