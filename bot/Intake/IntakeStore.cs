using System.Text.Json;
using Leerwerk.Bot.Translation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Store;
using Leerwerk.Store.Intakes;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Intake;

/// <summary>
/// Intake records: created with the first answer, updated with every answer after it. Free text in
/// another language gets a Dutch machine translation next to it when a translator is configured.
/// </summary>
internal sealed class IntakeStore(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time, MachineTranslation machine, Privacy.SensitiveFields fields)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveAsync(IntakeUpdate update, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var intake = await db.Intakes.Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == update.IntakeId, cancellationToken);
        if (intake is null)
        {
            intake = new Store.Intakes.Intake { Id = update.IntakeId, CreatedAt = now };
            db.Intakes.Add(intake);
        }

        if (update.AnsweredAs == "klantmanager") intake.KlantmanagerId ??= update.UserId;
        else intake.StatushouderId ??= update.UserId;
        if (update.ParticipantName is { Length: > 0 } name) intake.ParticipantName = name;
        intake.Language = update.Language;
        intake.InterpreterRequested |= update.InterpreterRequested;
        intake.UpdatedAt = now;
        if (update.Consent is { } consent && (intake.ConsentAt is null || consent.At > intake.ConsentAt))
            (intake.ConsentVersion, intake.ConsentAt) = consent;
        var changed = false;
        foreach (var (answer, display, sensitive) in update.Answers)
        {
            var row = intake.Answers.FirstOrDefault(a => a.StepId == answer.StepId);
            if (row is not null && row.At >= answer.At) continue;
            var previous = row is null ? null : ReadAnswer(fields.Unprotect(row.ValueJson));
            if (row is null)
            {
                row = new IntakeAnswer { IntakeId = intake.Id, StepId = answer.StepId, QuestionnaireId = update.QuestionnaireId, ValueJson = "", Display = "", AnsweredBy = "", AnsweredAs = "", Language = "" };
                intake.Answers.Add(row);
            }

            row.QuestionnaireId = update.QuestionnaireId;
            row.QuestionnaireVersion = update.QuestionnaireVersion;
            row.ValueJson = fields.Protect(JsonSerializer.Serialize(answer, Json));
            row.Display = fields.Protect(display);
            row.AnsweredBy = answer.By;
            row.AnsweredAs = update.AnsweredAs;
            row.Language = answer.Language;
            row.Sensitive = sensitive;
            row.At = answer.At;
            await TranslateAsync(row, previous, answer, cancellationToken);
            changed = true;
        }

        // The audit entry of a changed answer commits with the answer: one write, and never one without the other.
        if (changed && update.Audit is { } audit) db.AuditLog.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Once per answer: the sink saves on every turn, but a row whose text is unchanged keeps its
    /// translation. No translation (not configured, timeout, error) leaves it empty; the display
    /// already says "vertaling nodig".
    /// </summary>
    private async Task TranslateAsync(IntakeAnswer row, Answer? previous, Answer answer, CancellationToken cancellationToken)
    {
        var needed = AnswerLanguage.NeedsDutch(answer);
        if (needed && row.DutchTranslation is not null && previous is not null && AnswerLanguage.Written(previous) == AnswerLanguage.Written(answer)) return;
        row.DutchTranslation = null;
        row.MachineTranslated = false;
        if (!needed || machine.Answers is not { } translator) return;
        row.DutchTranslation = fields.ProtectOrNull(await translator.ToDutchAsync(AnswerLanguage.Written(answer), answer.Language, cancellationToken));
        row.MachineTranslated = row.DutchTranslation is not null;
    }

    /// <summary>Consent refused: the intake, its answers and the invitation that opened it (it names who used it) go.</summary>
    public async Task DeleteAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.IntakeAnswers.Where(a => a.IntakeId == intakeId).ExecuteDeleteAsync(cancellationToken);
        await db.Invitations.Where(i => i.IntakeId == intakeId).ExecuteDeleteAsync(cancellationToken);
        await db.Intakes.Where(i => i.Id == intakeId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<Store.Intakes.Intake?> GetAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return Readable(await db.Intakes.AsNoTracking().Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == intakeId, cancellationToken));
    }

    /// <summary>The intakes a klantmanager leads, and self-service intakes nobody leads yet.</summary>
    public async Task<IReadOnlyList<Store.Intakes.Intake>> ListAsync(string klantmanagerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var intakes = await db.Intakes.AsNoTracking().Include(i => i.Answers)
            .Where(i => i.KlantmanagerId == klantmanagerId || i.KlantmanagerId == null).ToListAsync(cancellationToken);
        return intakes.OrderByDescending(i => i.UpdatedAt).Select(i => Readable(i)!).ToList();
    }

    public async Task<bool> FinalizeAsync(string intakeId, string klantmanagerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var intake = await db.Intakes.FirstOrDefaultAsync(i => i.Id == intakeId, cancellationToken);
        if (intake is null) return false;
        intake.Status = IntakeStatus.Definitief;
        intake.FinalizedAt = time.GetUtcNow();
        intake.KlantmanagerId ??= klantmanagerId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static Answer? ReadAnswer(IntakeAnswer row) => ReadAnswer(row.ValueJson);

    private static Answer? ReadAnswer(string json) => JsonSerializer.Deserialize<Answer>(json, Json);

    /// <summary>Decrypts an intake read without tracking, so nothing decrypted is ever written back.</summary>
    private Store.Intakes.Intake? Readable(Store.Intakes.Intake? intake)
    {
        foreach (var row in intake?.Answers ?? [])
        {
            row.Display = fields.Unprotect(row.Display);
            row.ValueJson = fields.Unprotect(row.ValueJson);
            row.DutchTranslation = fields.UnprotectOrNull(row.DutchTranslation);
        }

        return intake;
    }
}
