using Leerwerk.Knowledge.Lessons;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Leerwerk.Knowledge.Reports;

internal static class ReportRegistry
{
    public const string FileName = "reports.yaml";

    public static IReadOnlyDictionary<string, Report> Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        List<ReportEntry>? entries;
        try
        {
            entries = deserializer.Deserialize<List<ReportEntry>>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new KnowledgeLoadException([new LessonError(path, "reports", $"onleesbare YAML: {e.Message}")]);
        }

        return (entries ?? []).ToDictionary(
            e => e.Id ?? "",
            e => new Report(e.Id ?? "", e.Title ?? "", e.ShortTitle ?? e.Title ?? "", e.Publisher ?? "", e.Year, e.File),
            StringComparer.Ordinal);
    }
}
