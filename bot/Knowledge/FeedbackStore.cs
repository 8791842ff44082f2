using Leerwerk.Store;
using Leerwerk.Store.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Knowledge;

/// <summary>Ratings of answers, listed by `kennis feedback` for whoever maintains the lessons.</summary>
internal sealed class FeedbackStore(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time)
{
    public async Task SaveAsync(LastAnswer answer, bool helpful, string channel, string? comment, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.KnowledgeFeedback.Add(new KnowledgeFeedback
        {
            Question = answer.Question, HitIds = string.Join(',', answer.HitIds), Helpful = helpful,
            Comment = comment, Channel = channel, At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeFeedback>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.KnowledgeFeedback.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderByDescending(f => f.At).ToList();
    }
}
