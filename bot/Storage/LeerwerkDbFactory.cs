using Leerwerk.Bot.Hosting;
using Leerwerk.Store;
using Leerwerk.Store.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Storage;

/// <summary>
/// Every feature asks for <see cref="LeerwerkDb"/>; on PostgreSQL it gets the subtype that owns the
/// PostgreSQL migrations, so nothing outside storage knows which provider runs.
/// </summary>
internal sealed class LeerwerkDbFactory(DbContextOptions<LeerwerkDb> options, IOptions<StorageOptions> storage) : IDbContextFactory<LeerwerkDb>
{
    public LeerwerkDb CreateDbContext() => storage.Value.IsPostgres ? new PostgresLeerwerkDb(options) : new LeerwerkDb(options);
}
