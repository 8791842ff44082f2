using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>A list (examples, synonyms) per language.</summary>
public sealed record LocalizedList(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public static readonly LocalizedList Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyList<string> Get(string language)
    {
        foreach (var candidate in Language.FallbackOrder(language))
        {
            if (Values.TryGetValue(candidate, out var list)) return list;
        }

        return [];
    }

    public IEnumerable<string> All => Values.Values.SelectMany(v => v);

    public LocalizedList With(string language, IReadOnlyList<string> list) =>
        new(new Dictionary<string, IReadOnlyList<string>>(Values) { [language] = list });
}
