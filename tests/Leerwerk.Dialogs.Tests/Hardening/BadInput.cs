namespace Leerwerk.Dialogs.Tests.Hardening;

/// <summary>What careless or hostile users type: at least 300 cases, by kind.</summary>
public static class BadInput
{
    private static readonly string[] Seeds =
    [
        "", " ", "   ", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\u3000", "\ufeff",
        "🙂", "🚲🚲🚲", "👍🏽", "🇳🇱", "👨‍👩‍👧‍👦", "\ud83d", "\udc00", "😀😀😀😀😀😀😀😀😀😀",
        "مرحبا", "نعم", "لا", "١٢٣", "۱۲۳", "שלום", "سلام", "ሰላም", "\u202eabc", "\u202d123", "\u200fja",
        "\u0000", "\u0001", "\u0007", "\u001b[31mrood", "\u007f", "a\u0000b", "\u0085",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>vet</b>", "&lt;b&gt;", "javascript:alert(1)", "<at>Leerwerk</at>",
        "'; DROP TABLE intakes; --", "1' OR '1'='1", "\" OR \"\"=\"", "Robert'); DROP TABLE state_items;--", "%", "_", "\\", "\\\\",
        "**vet** _schuin_ `code` [link](http://x)", "# kop", "> citaat", "| a | b |", "```json\n{}\n```", "![x](http://x/x.png)",
        "{\"type\":\"AdaptiveCard\",\"body\":[]}", "{\"leerwerkToken\":\"x\"}", "[]", "{}", "null", "true", "{\"$type\":\"System.Object\"}",
        "-1", "0", "-0", "999999999999999999999999", "1e309", "NaN", "Infinity", "1,2,3,4,5,6,7,8,9,10", "0x7FFFFFFF", "2147483648", "€ -500", "€ 99999999999",
        "32-13-2026", "31-02-2027", "0-0-0", "1-1-0001", "31-12-9999", "gisteren morgen", "over 1000 jaar", "vandaag vandaag vandaag",
        "terug terug", "stop stop", "help help", "?????", "...", "-", "ja nee", "jaaaaaaaaaaaaaaaaaaaa", "nee!!!!!!!",
        "overslaan overslaan", "wijzig 99", "wijzig -1", "hervat", "pauze", "tolk tolk", "taal", "taal xx", "code", "code AAAA",
    ];

    public static IEnumerable<string> All()
    {
        foreach (var seed in Seeds) yield return seed;
        foreach (var seed in Seeds.Where(s => s.Length > 0)) yield return seed + " " + seed;
        foreach (var seed in Seeds.Where(s => s.Length > 0).Take(60)) yield return "  " + seed.ToUpperInvariant() + "  ";
        foreach (var seed in Seeds.Where(s => s.Length > 0).Take(40)) yield return "ja " + seed;
        yield return new string('a', 100 * 1024);
        yield return string.Concat(Enumerable.Repeat("🙂", 20_000));
        yield return string.Concat(Enumerable.Repeat("مرحبا ", 5_000));
        yield return string.Concat(Enumerable.Repeat("\u0000", 1_000));
        yield return string.Concat(Enumerable.Repeat("<script>", 2_000));
    }
}
