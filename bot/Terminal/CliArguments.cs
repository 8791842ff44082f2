namespace Leerwerk.Bot.Terminal;

/// <summary>The words after a command's name: positional values and `--option value` pairs.</summary>
internal sealed record CliArguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options)
{
    public static CliArguments Parse(IEnumerable<string> words)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        using var e = words.GetEnumerator();
        string? pending = null;
        while (e.MoveNext())
        {
            var word = e.Current;
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null) options[pending] = null;
                pending = word[2..];
            }
            else if (pending is not null)
            {
                options[pending] = word;
                pending = null;
            }
            else
            {
                positional.Add(word);
            }
        }

        if (pending is not null) options[pending] = null;
        return new CliArguments(positional, options);
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => Options.ContainsKey(name);
}
