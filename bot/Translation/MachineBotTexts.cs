using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// The bot's own texts (help, errors, prompts around the questions) in a language without a file:
/// translated once from simple Dutch, cached in the store, and added to the catalog as unreviewed.
/// Consent texts are never translated.
/// </summary>
internal sealed class MachineBotTexts(MachineTranslation machine, TextCatalog texts, TranslationCache cache, TimeProvider time)
{
    // A failing model is not asked again on every message: each would wait for its timeout.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(10);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _failedAt = new(StringComparer.Ordinal);

    public async Task EnsureAsync(string language, CancellationToken cancellationToken)
    {
        if (machine.Texts is not { } translator || language is Language.Dutch or Language.SimpleDutch
            || texts.Files.ContainsKey(language) || texts.HasMachineTranslation(language)) return;
        if (_failedAt.TryGetValue(language, out var failed) && time.GetUtcNow() - failed < RetryAfter) return;
        var sources = texts.Files[Language.SimpleDutch].Texts
            .Where(t => !ConsentTexts.IsConsentKey(t.Key))
            .ToDictionary(t => "texts/" + t.Key, t => t.Value, StringComparer.Ordinal);
        var found = await cache.FindAsync(language, sources, cancellationToken);
        var missing = sources.Where(s => !found.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            var made = await translator.FromSimpleDutchAsync(missing, language, cancellationToken);
            await cache.SaveAsync(language, missing, made, cancellationToken);
            foreach (var (key, text) in made) found[key] = text;
        }

        // Nothing came back (the model failed): the texts stay simple Dutch for now.
        if (found.Count == 0)
        {
            _failedAt[language] = time.GetUtcNow();
            return;
        }

        var file = new TextFile(language, MachineLanguages.Name(language), false, false, found.ToDictionary(f => f.Key["texts/".Length..], f => f.Value));
        texts.AddMachineTranslation(file);
    }
}
