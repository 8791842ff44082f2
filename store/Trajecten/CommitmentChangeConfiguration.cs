using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class CommitmentChangeConfiguration : IEntityTypeConfiguration<CommitmentChange>
{
    public void Configure(EntityTypeBuilder<CommitmentChange> builder)
    {
        builder.ToTable("commitment_changes");
        builder.Property(c => c.By).HasMaxLength(200);
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
    }
}
