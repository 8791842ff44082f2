using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Trajecten;

internal sealed class TrajectMemberConfiguration : IEntityTypeConfiguration<TrajectMember>
{
    public void Configure(EntityTypeBuilder<TrajectMember> builder)
    {
        builder.ToTable("traject_members");
        builder.Property(m => m.UserId).HasMaxLength(200);
        builder.Property(m => m.Invitee).HasMaxLength(200);
        builder.HasIndex(m => m.Invitee);
        builder.Property(m => m.Role).HasMaxLength(60);
        builder.HasIndex(m => new { m.UserId, m.TrajectId }).IsUnique();
    }
}
