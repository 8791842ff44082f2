namespace Leerwerk.Knowledge.Lessons;

/// <summary>A markdown file split into its YAML front matter (between two <c>---</c> lines) and its body.</summary>
internal sealed record FrontMatter(string Yaml, string Body)
{
    public static FrontMatter? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            return null;

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
            return null;

        return new FrontMatter(
            string.Join('\n', lines[1..end]),
            string.Join('\n', lines[(end + 1)..]).Trim());
    }
}
