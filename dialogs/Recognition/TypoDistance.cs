namespace Leerwerk.Dialogs.Recognition;

/// <summary>Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours is one typo).</summary>
internal static class TypoDistance
{
    /// <summary>How many typos a word may have: none in short words or numbers ("ov" is not "of", "2024" not "2025"), one up to five letters, two beyond.</summary>
    public static int Budget(string word) =>
        word.Any(char.IsDigit) || word.Length <= 2 ? 0 : word.Length <= 5 ? 1 : 2;

    /// <summary>The distance, or int.MaxValue as soon as it must exceed <paramref name="max"/> (keeps long inputs cheap).</summary>
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return int.MaxValue;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max) return int.MaxValue;
            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= max ? previous[b.Length] : int.MaxValue;
    }
}
