using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Intakes;

internal sealed class IntakeAnswerConfiguration : IEntityTypeConfiguration<IntakeAnswer>
{
    public void Configure(EntityTypeBuilder<IntakeAnswer> builder)
    {
        builder.ToTable("intake_answers");
        builder.Property(a => a.StepId).HasMaxLength(100);
        builder.Property(a => a.QuestionnaireId).HasMaxLength(100);
        builder.Property(a => a.AnsweredBy).HasMaxLength(200);
        builder.Property(a => a.AnsweredAs).HasMaxLength(40);
        builder.Property(a => a.Language).HasMaxLength(20);
        // One current answer per step: a changed answer replaces the old one.
        builder.HasIndex(a => new { a.IntakeId, a.StepId }).IsUnique();
    }
}
