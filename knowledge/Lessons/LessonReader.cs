using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Leerwerk.Knowledge.Lessons;

/// <summary>Reads one lesson file; every problem goes to the error list, never an exception.</summary>
internal static partial class LessonReader
{
    private static readonly string[] KnownFields = ["id", "title", "report", "section", "lines", "themes", "roles", "phases"];

    public static Lesson? Read(string file, string text, LessonRules rules, ICollection<LessonError> errors)
    {
        var before = errors.Count;
        if (FrontMatter.Split(text) is not { } parts)
        {
            errors.Add(new LessonError(file, "front matter", "het bestand begint niet met een blok tussen twee '---' regels"));
            return null;
        }

        if (ParseMapping(file, parts.Yaml, errors) is not { } map)
            return null;

        var fields = new FrontMatterFields(file, map, errors);
        foreach (var unknown in fields.Names.Except(KnownFields))
            fields.Fail(unknown, "onbekend veld");

        var id = fields.Text("id");
        var title = fields.Text("title");
        var report = fields.Text("report");
        var section = fields.Text("section");
        var lines = fields.Ranges("lines");
        var themes = fields.Words("themes");
        var roles = fields.Words("roles");
        var phases = fields.Words("phases");

        CheckId(fields, file, id, report);
        CheckReport(fields, report, rules);
        CheckLines(fields, report, lines, rules);
        CheckWords(fields, "themes", themes, Vocabulary.Themes);
        CheckWords(fields, "roles", roles, Vocabulary.Roles);
        CheckWords(fields, "phases", phases, new HashSet<string>(Vocabulary.Phases) { Vocabulary.AllPhases });
        CheckBody(fields, parts.Body);

        if (errors.Count > before)
            return null;

        var allPhases = phases!.Contains(Vocabulary.AllPhases) ? Vocabulary.Phases : phases!;
        return new Lesson(id!, title!, report!, section!, lines!, themes!, roles!, allPhases, parts.Body, file);
    }

    private static YamlMappingNode? ParseMapping(string file, string yaml, ICollection<LessonError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map)
                return map;
            errors.Add(new LessonError(file, "front matter", "verwacht velden als 'id: 000-001'"));
        }
        catch (YamlException e)
        {
            errors.Add(new LessonError(file, "front matter", $"onleesbare YAML (regel {e.Start.Line}): {e.Message}"));
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet throws this instead of a YamlException on some unclosed flow lists.
            errors.Add(new LessonError(file, "front matter", $"onleesbare YAML: {e.Message}"));
        }

        return null;
    }

    private static void CheckId(FrontMatterFields fields, string file, string? id, string? report)
    {
        if (id is null)
            return;
        if (!IdPattern().IsMatch(id))
            fields.Fail("id", $"'{id}' heeft niet de vorm NNN-NNN (zoals 000-012)");
        else if (report is not null && !id.StartsWith(report + "-", StringComparison.Ordinal))
            fields.Fail("id", $"'{id}' begint niet met het rapportnummer '{report}'");
        else if (Path.GetDirectoryName(file) is { Length: > 0 } folder && Path.GetFileName(folder) != report)
            fields.Fail("id", $"de les staat in map '{folder}', niet in '{report}/'");
    }

    private static void CheckReport(FrontMatterFields fields, string? report, LessonRules rules)
    {
        if (report is not null && !rules.ReportIds.Contains(report))
            fields.Fail("report", $"'{report}' staat niet in reports.yaml (bekend: {string.Join(", ", rules.ReportIds.Order())})");
    }

    private static void CheckLines(FrontMatterFields fields, string? report, IReadOnlyList<LineRange>? lines, LessonRules rules)
    {
        foreach (var range in lines ?? [])
        {
            if (range.Start <= 0 || range.End < range.Start)
                fields.Fail("lines", $"[{range.Start}, {range.End}] is geen geldig bereik (begin > 0 en begin <= eind)");
            else if (report is not null && rules.ReportLineCounts.TryGetValue(report, out var count) && range.End > count)
                fields.Fail("lines", $"[{range.Start}, {range.End}] valt buiten het rapport ({count} regels)");
        }
    }

    private static void CheckWords(FrontMatterFields fields, string field, IReadOnlyList<string>? words, IReadOnlySet<string> allowed)
    {
        if (words is null)
            return;
        if (words.Count == 0)
            fields.Fail(field, "noem er minstens één");
        foreach (var word in words.Where(w => !allowed.Contains(w)))
            fields.Fail(field, $"'{word}' is geen toegestaan woord (zie lessons/README.md)");
    }

    private static void CheckBody(FrontMatterFields fields, string body)
    {
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0)
            fields.Fail("body", "de les heeft geen tekst");
        else if (words > LessonRules.MaxBodyWords)
            fields.Fail("body", $"{words} woorden; houd het onder de {LessonRules.MaxBodyWords} (richtlijn: 90)");
    }

    [GeneratedRegex(@"^\d{3}-\d{3}$")]
    private static partial Regex IdPattern();
}
