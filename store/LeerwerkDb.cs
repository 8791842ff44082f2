using Leerwerk.Store.BotState;
using Leerwerk.Store.Intakes;
using Leerwerk.Store.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store;

/// <summary>The one database of Leerwerk: bot state and the traject data that later features add.</summary>
public sealed class LeerwerkDb(DbContextOptions<LeerwerkDb> options) : DbContext(options)
{
    public DbSet<StateItem> StateItems => Set<StateItem>();

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<IntakeAnswer> IntakeAnswers => Set<IntakeAnswer>();

    public DbSet<KnowledgeFeedback> KnowledgeFeedback => Set<KnowledgeFeedback>();

    public DbSet<ImportedDocument> ImportedDocuments => Set<ImportedDocument>();

    public DbSet<ImportedPassage> ImportedPassages => Set<ImportedPassage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeerwerkDb).Assembly);
}
