using System.Security.Cryptography;
using System.Text;
using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Leerwerk.Store.Translations;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// Machine translations of bot texts, kept in the store per language, key and Dutch source: made once,
/// for every user and every instance, and made again only when the Dutch text changes.
/// </summary>
internal sealed class TranslationCache(IDbContextFactory<LeerwerkDb> dbFactory, TimeProvider time, ILogger<TranslationCache> logger)
{
    /// <summary>The cached translations of <paramref name="sources"/> (key → simple Dutch) that match the current Dutch.</summary>
    public async Task<Dictionary<string, string>> FindAsync(string language, IReadOnlyDictionary<string, string> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0) return [];
        var keys = sources.Keys.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.CachedTranslations.AsNoTracking()
            .Where(t => t.Language == language && keys.Contains(t.Key))
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.SourceHash == Hash(sources[r.Key]))
            .GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => g.First().Text);
    }

    public async Task SaveAsync(string language, IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string> translations, CancellationToken cancellationToken)
    {
        if (translations.Count == 0) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (key, text) in translations)
            db.CachedTranslations.Add(new CachedTranslation { Language = language, Key = key, SourceHash = Hash(sources[key]), Text = text, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another user (or instance) cached the same texts a moment earlier; theirs are as good.
            logger.LogInformation("Translations for {Language} were cached by another turn first", language);
        }
    }

    public static string Hash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
