using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.ActorId).HasMaxLength(200);
        builder.Property(a => a.ActorRoles).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Record).HasMaxLength(200);
        builder.Property(a => a.PersonKey).HasMaxLength(64);
        builder.Property(a => a.Result).HasMaxLength(40);
        builder.Property(a => a.Channel).HasMaxLength(60);
        builder.HasIndex(a => a.PersonKey);
        builder.HasIndex(a => a.At);
    }
}
