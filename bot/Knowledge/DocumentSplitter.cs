using System.Text;
using UglyToad.PdfPig;

namespace Leerwerk.Bot.Knowledge;

/// <summary>Splits a report a user brings into passages: by section for text and Markdown, by page for PDF.</summary>
internal static class DocumentSplitter
{
    private const int MaxPassage = 1200;

    public static IReadOnlyList<(string Section, string Text)> Split(string path)
    {
        if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase)) return SplitPdf(path);
        return SplitText(File.ReadAllText(path));
    }

    public static IReadOnlyList<(string Section, string Text)> SplitText(string text)
    {
        var passages = new List<(string, string)>();
        var section = "begin";
        var current = new StringBuilder();
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsHeading(block))
            {
                Flush(passages, section, current);
                section = block.TrimStart('#').Trim();
                continue;
            }

            if (current.Length + block.Length > MaxPassage) Flush(passages, section, current);
            current.Append(block).Append('\n');
        }

        Flush(passages, section, current);
        return passages;
    }

    private static List<(string, string)> SplitPdf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var passages = new List<(string, string)>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var (_, text) in SplitText(page.Text))
                passages.Add(($"pagina {page.Number}", text));
        }

        return passages;
    }

    private static bool IsHeading(string block) =>
        block.StartsWith('#') || (!block.Contains('\n', StringComparison.Ordinal) && block.Length < 70 && !".,:;?!".Contains(block[^1], StringComparison.Ordinal));

    private static void Flush(List<(string, string)> passages, string section, StringBuilder current)
    {
        if (current.Length == 0) return;
        passages.Add((section, current.ToString().Trim()));
        current.Clear();
    }
}
