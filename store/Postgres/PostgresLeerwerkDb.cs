using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store.Postgres;

/// <summary>
/// <see cref="LeerwerkDb"/> on PostgreSQL: the same model, with its own migrations in
/// store/Postgres/Migrations. It takes the base type's options so that code asking for
/// <c>IDbContextFactory&lt;LeerwerkDb&gt;</c> gets this type without knowing the provider.
/// </summary>
public sealed class PostgresLeerwerkDb(DbContextOptions<LeerwerkDb> options) : LeerwerkDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
}
