using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Store.BotState;

internal sealed class StateItemConfiguration : IEntityTypeConfiguration<StateItem>
{
    public void Configure(EntityTypeBuilder<StateItem> builder)
    {
        builder.ToTable("state_items");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(400);
        // The database checks the ETag on UPDATE, so two instances racing on one row cannot both win.
        builder.Property(s => s.ETag).HasMaxLength(64).IsConcurrencyToken();
    }
}
