using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.Property(c => c.Topic).HasMaxLength(60);
        builder.Property(c => c.PartyRole).HasMaxLength(60);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Cost).HasPrecision(12, 2);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
