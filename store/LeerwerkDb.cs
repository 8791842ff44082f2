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

/// <summary>The one database of Leerwerk: bot state and the traject data that later features add.</summary>
public sealed class LeerwerkDb(DbContextOptions<LeerwerkDb> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeerwerkDb).Assembly);
}
