using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Intakes;

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.ToTable("intakes");
        builder.Property(i => i.Id).HasMaxLength(40);
        builder.Property(i => i.ParticipantName).HasMaxLength(200);
        builder.Property(i => i.KlantmanagerId).HasMaxLength(200);
        builder.Property(i => i.StatushouderId).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Language).HasMaxLength(20);
        builder.Property(i => i.ConsentVersion).HasMaxLength(100);
        builder.HasIndex(i => i.KlantmanagerId);
        // Every turn asks whether the sender is a statushouder with an intake of their own.
        builder.HasIndex(i => i.StatushouderId);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.IntakeId).OnDelete(DeleteBehavior.Cascade);
    }
}
