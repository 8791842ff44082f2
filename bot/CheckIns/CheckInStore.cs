using System.Text.Json;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Store;
using Leerwerk.Store.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.CheckIns;

internal sealed class CheckInStore(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time, Privacy.SensitiveFields fields)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CheckIn> SaveAsync(long participantId, string trajectId, string jobcoachId, IReadOnlyDictionary<string, Answer> answers, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkIn = new CheckIn
        {
            ParticipantId = participantId, TrajectId = trajectId, JobcoachId = jobcoachId,
            Date = answers.GetValueOrDefault("datum")?.Date ?? today,
            Kind = answers.GetValueOrDefault("soort")?.Choices?.FirstOrDefault() ?? "onbekend",
            Signals = string.Join(',', SignalRules.From(answers)),
            NextDate = answers.GetValueOrDefault("volgende")?.Date,
            Note = fields.ProtectOrNull(answers.GetValueOrDefault("notitie")?.Text),
            AnswersJson = fields.Protect(JsonSerializer.Serialize(answers, Json)),
            CreatedAt = time.GetUtcNow(),
        };
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(cancellationToken);
        return checkIn;
    }

    /// <summary>A participant's check-ins, newest first.</summary>
    public async Task<IReadOnlyList<CheckIn>> ForAsync(long participantId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.CheckIns.AsNoTracking().Where(c => c.ParticipantId == participantId).ToListAsync(cancellationToken);
        foreach (var checkIn in all)
        {
            checkIn.Note = fields.UnprotectOrNull(checkIn.Note);
            checkIn.AnswersJson = fields.Unprotect(checkIn.AnswersJson);
        }

        return all.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToList();
    }
}
