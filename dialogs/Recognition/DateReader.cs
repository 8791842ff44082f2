using System.Globalization;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads a date: our own rules for the few phrasings the Dutch DateTime model misreads, else that model, or the English one when it reads more of the text.</summary>
internal static partial class DateReader
{
    public static DateOnly? Read(string text, DateOnly today, DateDirection direction)
    {
        if (OwnDateRules.Read(TextFolding.Fold(text), today, direction) is { } own) return own;

        var reference = today.ToDateTime(TimeOnly.MinValue);
        var dutch = RecognizerModels.DutchDateTime(text, reference);
        var fromDutch = FromModel(text, dutch, today, direction);
        if (fromDutch is not null && Readings.CoverAll(text, dutch)) return fromDutch;

        // "end of april": the Dutch model reads only "april". The English model is the slow half, so it
        // only runs on text with an English date word.
        if (!EnglishDateWord().IsMatch(text)) return fromDutch;
        var english = RecognizerModels.EnglishDateTime(text, reference);
        var fromEnglish = FromModel(text, english, today, direction);
        return fromEnglish is not null && (fromDutch is null || Readings.Covered(text, english) > Readings.Covered(text, dutch))
            ? fromEnglish
            : fromDutch;
    }

    private static DateOnly? FromModel(string text, IReadOnlyList<Reading> results, DateOnly today, DateDirection direction)
    {
        var dates = results.Where(r => r.Type is "datetimeV2.date" or "datetimeV2.daterange" or "datetimeV2.datetime" or "datetimeV2.datetimerange").ToList();
        if (dates.Count == 0 || !Readings.CoverAllDigits(text, results)) return null;

        // "maandag of dinsdag" names two dates: ask again rather than pick one.
        var resolved = dates.Select(d => Resolve(d, today, direction)).Distinct().ToList();
        return resolved is [{ } only] ? only : null;
    }

    private static DateOnly? Resolve(Reading result, DateOnly today, DateDirection direction)
    {
        var values = result.Values;
        if (values.Count == 0) return null;

        // The model reads "woensdag" on a Wednesday as today; we mean a week away (say "vandaag" for today).
        if (values[0].TryGetValue("timex", out var timex) && Weekday().Match(timex) is { Success: true } weekday)
            return OwnDateRules.Weekday(today, (DayOfWeek)(int.Parse(weekday.Groups[1].Value, CultureInfo.InvariantCulture) % 7), direction);

        var candidates = values.Select(Pick).OfType<DateOnly>().ToList();
        return OwnDateRules.Choose(candidates, today, direction);
    }

    /// <summary>One reading as a day: a date itself, or for a range its start, end ("eind maart") or middle ("half maart").</summary>
    private static DateOnly? Pick(IReadOnlyDictionary<string, string> value)
    {
        var start = value.TryGetValue("start", out var s) ? Day(s) : null;
        var end = value.TryGetValue("end", out var e) ? Day(e)?.AddDays(-1) : null; // the end of a range is exclusive
        var mod = value.TryGetValue("Mod", out var m) ? m : null;
        if (value.TryGetValue("value", out var single)) return Day(single);
        return mod switch
        {
            "end" or "before" => end ?? start,
            "mid" when start is { } from && end is { } to => from.AddDays((to.DayNumber - from.DayNumber) / 2),
            _ => start ?? end,
        };
    }

    /// <summary>"2026-03-11" or "2026-03-11 10:00:00"; "not resolved" (for "31-2") is no day.</summary>
    private static DateOnly? Day(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"\b(today|tomorrow|yesterday|tonight|now|next|last|this|coming|past|ago|end|beginning|start|mid|middle|week|weeks|month|months|year|years|days?|fortnight|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|\d{1,2}(st|nd|rd|th))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDateWord();

    [GeneratedRegex(@"^XXXX-WXX-([1-7])$")]
    private static partial Regex Weekday();
}
