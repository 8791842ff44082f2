using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Access;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> builder)
    {
        builder.ToTable("access_grants");
        builder.Property(g => g.ObjectId).HasMaxLength(100);
        builder.Property(g => g.UserId).HasMaxLength(200);
        builder.Property(g => g.Invitee).HasMaxLength(200);
        builder.Property(g => g.DisplayName).HasMaxLength(200);
        builder.Property(g => g.Role).HasMaxLength(40);
        builder.Property(g => g.GrantedBy).HasMaxLength(200);
        builder.HasIndex(g => g.ObjectId);
        builder.HasIndex(g => g.UserId);
        builder.HasIndex(g => g.Invitee);
    }
}
