using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class TrajectPartyConfiguration : IEntityTypeConfiguration<TrajectParty>
{
    public void Configure(EntityTypeBuilder<TrajectParty> builder)
    {
        builder.ToTable("traject_parties");
        builder.Property(p => p.Role).HasMaxLength(60);
        builder.Property(p => p.ExpectedCost).HasPrecision(12, 2);
    }
}
