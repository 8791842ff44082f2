using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class TrajectParticipantConfiguration : IEntityTypeConfiguration<TrajectParticipant>
{
    public void Configure(EntityTypeBuilder<TrajectParticipant> builder)
    {
        builder.ToTable("traject_participants");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.IntakeId).HasMaxLength(40);
        builder.Property(p => p.JobcoachId).HasMaxLength(200);
    }
}
