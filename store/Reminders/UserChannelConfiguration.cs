using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.Reminders;

internal sealed class UserChannelConfiguration : IEntityTypeConfiguration<UserChannel>
{
    public void Configure(EntityTypeBuilder<UserChannel> builder)
    {
        builder.ToTable("user_channels");
        builder.HasKey(u => u.UserId);
        builder.Property(u => u.UserId).HasMaxLength(200);
    }
}
