using Leerwerk.Store.BotState;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store;

/// <summary>The one database of Leerwerk: bot state and the traject data that later features add.</summary>
public sealed class LeerwerkDb(DbContextOptions<LeerwerkDb> options) : DbContext(options)
{
    public DbSet<StateItem> StateItems => Set<StateItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeerwerkDb).Assembly);
}
