using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class TrajectConfiguration : IEntityTypeConfiguration<Traject>
{
    public void Configure(EntityTypeBuilder<Traject> builder)
    {
        builder.ToTable("trajecten");
        builder.Property(t => t.Id).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.RegisseurId).HasMaxLength(200);
        builder.HasIndex(t => t.Name);
        builder.HasMany(t => t.Parties).WithOne().HasForeignKey(p => p.TrajectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Participants).WithOne().HasForeignKey(p => p.TrajectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Commitments).WithOne().HasForeignKey(c => c.TrajectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<TrajectMember>().WithOne().HasForeignKey(m => m.TrajectId).OnDelete(DeleteBehavior.Cascade);
    }
}
