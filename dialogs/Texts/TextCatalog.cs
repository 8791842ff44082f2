using System.Text;

namespace Leerwerk.Dialogs.Texts;

/// <summary>
/// The bot's own texts (welcome, help, errors, command replies) per language, read from
/// `dialogs/texts/*.yaml` so that a policy officer changes wording without touching code.
/// </summary>
public sealed class TextCatalog(IReadOnlyDictionary<string, TextFile> files)
{
    public IReadOnlyDictionary<string, TextFile> Files => files;

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
