using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Leerwerk.Knowledge.Lessons;

/// <summary>Typed reads of front matter fields that report what is wrong instead of throwing.</summary>
internal sealed class FrontMatterFields(string file, YamlMappingNode map, ICollection<LessonError> errors)
{
    public IEnumerable<string> Names =>
        map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public string? Text(string field)
    {
        switch (Node(field))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value.Trim();
            default:
                Fail(field, "verwacht een tekst");
                return null;
        }
    }

    public IReadOnlyList<string>? Words(string field)
    {
        switch (Node(field))
        {
            case null:
                return null;
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                return list.Children.Cast<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()).ToList();
            default:
                Fail(field, "verwacht een lijst van woorden, zoals [taal, uitval]");
                return null;
        }
    }

    public IReadOnlyList<LineRange>? Ranges(string field)
    {
        if (Node(field) is not { } node)
            return null;

        var ranges = new List<LineRange>();
        var items = node is YamlSequenceNode outer ? outer.Children : [];
        foreach (var item in items)
        {
            if (item is not YamlSequenceNode { Children.Count: 2 } pair
                || !TryInt(pair.Children[0], out var start) || !TryInt(pair.Children[1], out var end))
            {
                break;
            }

            ranges.Add(new LineRange(start, end));
        }

        if (ranges.Count == 0 || ranges.Count != items.Count)
        {
            Fail(field, "verwacht een lijst van [begin, eind] paren, zoals [[489, 501], [798, 805]]");
            return null;
        }

        return ranges;
    }

    public void Fail(string field, string problem) => errors.Add(new LessonError(file, field, problem));

    private YamlNode? Node(string field)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(field), out var node))
            return node;

        Fail(field, "ontbreekt");
        return null;
    }

    private static bool TryInt(YamlNode node, out int value)
    {
        value = 0;
        return node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
