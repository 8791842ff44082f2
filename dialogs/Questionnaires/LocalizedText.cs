using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>One text in several languages; looked up with the fallback order of <see cref="Language"/>.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    public bool IsEmpty => Values.Count == 0;

    public bool Has(string language) => Values.ContainsKey(language);

    public string? Get(string language)
    {
        foreach (var candidate in Language.FallbackOrder(language))
        {
            if (Values.TryGetValue(candidate, out var text)) return text.Trim();
        }

        return null;
    }

    public LocalizedText With(string language, string text) =>
        new(new Dictionary<string, string>(Values) { [language] = text });
}
