using Leerwerk.Knowledge.Lessons;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Maps the words other features use for barriers and gaps onto lesson themes; anything else is free text.
/// </summary>
internal static class ThemeAliases
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geld"] = "financiering",
        ["budget"] = "financiering",
        ["uitkering"] = "inkomen",
        ["armoede"] = "inkomen",
        ["schulden"] = "inkomen",
        ["nt2"] = "taal",
        ["taalniveau"] = "taal",
        ["taalbarriere"] = "taal",
        ["reizen"] = "vervoer",
        ["ov"] = "vervoer",
        ["reistijd"] = "vervoer",
        ["opvang"] = "kinderopvang",
        ["oppas"] = "kinderopvang",
        ["zorgtaken"] = "kinderopvang",
        ["computer"] = "digitaal",
        ["digitale vaardigheden"] = "digitaal",
        ["psychisch"] = "gezondheid",
        ["trauma"] = "gezondheid",
        ["stress"] = "gezondheid",
        ["afhaken"] = "uitval",
        ["coaching"] = "begeleiding",
        ["jobcoach"] = "begeleiding",
        ["buddy"] = "mentor",
        ["werkgever"] = "werkgevers",
        ["diploma"] = "certificering",
    };

    public static string? Resolve(string topic)
    {
        var word = topic.Trim().ToLowerInvariant();
        if (Vocabulary.Themes.Contains(word))
            return word;
        return Aliases.GetValueOrDefault(word);
    }
}
