using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> builder)
    {
        builder.ToTable("reminder_log");
        builder.Property(r => r.UserId).HasMaxLength(200);
        builder.Property(r => r.ItemKey).HasMaxLength(100);
        builder.HasIndex(r => new { r.UserId, r.ItemKey, r.Day }).IsUnique();
    }
}
