using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.CheckIns;

/// <summary>
/// The dropout signals of the reports (000: what went wrong in the three trajecten; 002 and 003: nazorg)
/// and when they make a participant a concern.
/// </summary>
internal static class SignalRules
{
    /// <summary>One of these alone is enough to flag: each ended trajecten in the reports.</summary>
    public static readonly IReadOnlySet<string> Serious = new HashSet<string> { "niet_werkfit", "gevoel_falen", "financien", "baan_onzeker" };

    /// <summary>The lesson theme that fits a signal, for the knowledge base.</summary>
    public static string Theme(string signal) => signal switch
    {
        "vervoer" => "vervoer",
        "te_laat" or "wachttijd" => "uitval",
        "lesstof" => "opleiding",
        "niet_werkfit" => "gezondheid",
        "financien" => "inkomen",
        "kinderopvang" => "kinderopvang",
        "inburgering" => "inburgering",
        "cultuur" => "cultuur",
        "baan_onzeker" => "werkgevers",
        "gevoel_falen" => "verwachtingen",
        _ => "begeleiding",
    };

    public static string Label(string signal) => signal switch
    {
        "te_laat" => "te laat of niet komen",
        "lesstof" => "lesstof lastig",
        "niet_werkfit" => "niet werkfit",
        "financien" => "geldzorgen of einde uitkering",
        "inburgering" => "botsing met inburgering",
        "cultuur" => "cultuurverschil op het werk",
        "baan_onzeker" => "baan of vacature onzeker",
        "wachttijd" => "lang wachten",
        "gevoel_falen" => "gevoel van mislukken",
        _ => signal,
    };

    /// <summary>The signals in a check-in: the ones picked, plus those its other answers point to.</summary>
    public static IReadOnlyList<string> From(IReadOnlyDictionary<string, Answer> answers)
    {
        var signals = new List<string>(answers.GetValueOrDefault("signalen")?.Choices?.Where(s => s != "geen") ?? []);
        if (answers.GetValueOrDefault("aanwezigheid")?.Choices?.FirstOrDefault() is "vaak_te_laat" or "afwezig") signals.Add("te_laat");
        if (answers.GetValueOrDefault("welzijn")?.Choices?.FirstOrDefault() is "niet_werkfit") signals.Add("niet_werkfit");
        if (answers.GetValueOrDefault("contact")?.Choices?.FirstOrDefault() is "conflict") signals.Add("cultuur");
        if (answers.GetValueOrDefault("leren_knelpunt")?.Choices is { Count: > 0 }) signals.Add("lesstof");
        return signals.Distinct().ToList();
    }
}
