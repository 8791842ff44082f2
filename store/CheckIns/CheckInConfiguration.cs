using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.CheckIns;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("checkins");
        builder.Property(c => c.TrajectId).HasMaxLength(40);
        builder.Property(c => c.JobcoachId).HasMaxLength(200);
        builder.Property(c => c.Kind).HasMaxLength(40);
        builder.Property(c => c.Signals).HasMaxLength(400);
        builder.HasIndex(c => new { c.ParticipantId, c.Date });
    }
}
