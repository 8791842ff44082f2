using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads an amount in euro: the Dutch currency model where it reads the whole amount, our own rules otherwise.</summary>
internal static partial class MoneyReader
{
    private const decimal Ton = 100_000m;

    public static decimal? Read(string text)
    {
        // "1.500,-" is how amounts are written on Dutch forms; the model reads nothing in it.
        var amount = DashCents().Replace(text, string.Empty);
        var results = RecognizerModels.DutchCurrency(amount);

        // Another currency is not an amount in euro: don't guess a rate.
        if (results.Any(r => !IsEuro(r))) return null;
        return FromModel(amount, results) ?? Own(amount);
    }

    private static decimal? FromModel(string text, IReadOnlyList<Reading> results)
    {
        if (results.Count == 0 || !Readings.CoverAllDigits(text, results)) return null;

        // "tussen 1000 en 1500 euro": the currency model sees one amount, but the answer holds two.
        var otherNumbers = RecognizerModels.DutchNumber(text).Where(n => !results.Any(r => n.Start >= r.Start && n.End <= r.End));
        return otherNumbers.Any() ? null : Readings.Single(results.Select(r => r.Number));
    }

    private static decimal? Own(string text)
    {
        var bare = EuroWords().Replace(text, " ").Trim();
        if (bare.Length == 0) return null;
        if (Thousands().Match(bare) is { Success: true } k) return Readings.ParseDecimal(k.Groups[1].Value) * 1000;

        // "2 ton", "anderhalve ton": a ton is 100,000 in spoken Dutch.
        if (TonSuffix().Match(bare) is { Success: true } ton) return NumberReader.Read(ton.Groups[1].Value) * Ton;
        return NumberReader.Read(bare);
    }

    private static bool IsEuro(Reading result) =>
        result.Resolution.GetValueOrDefault("isoCurrency") is "EUR" || result.Resolution.GetValueOrDefault("unit") is "Euro";

    [GeneratedRegex(@",\s*[-=]+")]
    private static partial Regex DashCents();

    [GeneratedRegex(@"€|\b(euro's|euros|euro|eur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EuroWords();

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s*k$", RegexOptions.IgnoreCase)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^(.+?)\s*\bton$", RegexOptions.IgnoreCase)]
    private static partial Regex TonSuffix();
}
