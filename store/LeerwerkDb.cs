using Leerwerk.Store.Access;
using Leerwerk.Store.Audit;
using Leerwerk.Store.BotState;
using Leerwerk.Store.CheckIns;
using Leerwerk.Store.Reminders;
using Leerwerk.Store.Intakes;
using Leerwerk.Store.Invitations;
using Leerwerk.Store.Knowledge;
using Leerwerk.Store.Trajecten;
using Leerwerk.Store.Translations;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Store;

/// <summary>
/// The one database of Leerwerk: bot state and the traject data that later features add. This type
/// owns the SQLite migrations (store/Migrations); <see cref="Postgres.PostgresLeerwerkDb"/> the
/// PostgreSQL ones. EF finds a context's migrations by its exact type, so each provider keeps its own set.
/// </summary>
public class LeerwerkDb(DbContextOptions<LeerwerkDb> options) : DbContext(options)
{
    public DbSet<StateItem> StateItems => Set<StateItem>();

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<IntakeAnswer> IntakeAnswers => Set<IntakeAnswer>();

    public DbSet<Traject> Trajecten => Set<Traject>();

    public DbSet<TrajectParty> TrajectParties => Set<TrajectParty>();

    public DbSet<TrajectParticipant> TrajectParticipants => Set<TrajectParticipant>();

    public DbSet<TrajectMember> TrajectMembers => Set<TrajectMember>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentChange> CommitmentChanges => Set<CommitmentChange>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<ReminderLog> ReminderLog => Set<ReminderLog>();

    public DbSet<UserChannel> UserChannels => Set<UserChannel>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<CachedTranslation> CachedTranslations => Set<CachedTranslation>();

    public DbSet<KnowledgeFeedback> KnowledgeFeedback => Set<KnowledgeFeedback>();

    public DbSet<ImportedDocument> ImportedDocuments => Set<ImportedDocument>();

    public DbSet<ImportedPassage> ImportedPassages => Set<ImportedPassage>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Migrating PostgreSQL with the SQLite migrations (or the reverse) would build a wrong schema.
        if (Database.IsNpgsql() != this is Postgres.PostgresLeerwerkDb)
            throw new InvalidOperationException($"{GetType().Name} does not match the configured provider {Database.ProviderName}: PostgreSQL needs PostgresLeerwerkDb, SQLite LeerwerkDb.");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeerwerkDb).Assembly);
    }
}
