using System.Collections.Concurrent;
using System.Text;

namespace Leerwerk.Dialogs.Texts;

/// <summary>
/// The bot's own texts (welcome, help, errors, command replies) per language, read from
/// `dialogs/texts/*.yaml` so that a policy officer changes wording without touching code.
/// </summary>
public sealed class TextCatalog(IReadOnlyDictionary<string, TextFile> files)
{
    // Languages without a file whose texts a model translated at run time (never reviewed).
    private readonly ConcurrentDictionary<string, TextFile> _machine = new(StringComparer.Ordinal);

    /// <summary>The languages that have a file; machine translations are not among them.</summary>
    public IReadOnlyDictionary<string, TextFile> Files => files;

    public bool HasMachineTranslation(string language) => _machine.ContainsKey(language);

    /// <summary>Adds (or replaces) a machine-translated language, used after the files and before the fallback.</summary>
    public void AddMachineTranslation(TextFile file) => _machine[file.Language] = file;

    public IEnumerable<string> Languages => files.Keys;

    public bool Has(string key, string language) =>
        files.TryGetValue(language, out var file) && file.Texts.ContainsKey(key);

    /// <summary>The text for <paramref name="key"/>, with {placeholders} filled in.</summary>
    public string Get(string key, string language, params (string Name, string Value)[] values)
    {
        foreach (var candidate in Language.FallbackOrder(language))
        {
            if (files.TryGetValue(candidate, out var file) && file.Texts.TryGetValue(key, out var text))
                return Fill(text, values);
            if (_machine.TryGetValue(candidate, out var machine) && machine.Texts.TryGetValue(key, out var translated))
                return Fill(translated, values);
        }

        throw new KeyNotFoundException($"Text '{key}' has no Dutch version.");
    }

    private static string Fill(string text, (string Name, string Value)[] values)
    {
        if (values.Length == 0) return text.TrimEnd();
        var builder = new StringBuilder(text.TrimEnd());
        foreach (var (name, value) in values) builder.Replace("{" + name + "}", value);
        return builder.ToString();
    }
}
