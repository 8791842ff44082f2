using Lucene.Net.Documents;

namespace Leerwerk.Knowledge.Search;

internal static class DocumentFactory
{
    /// <param name="parts">Stems of the parts of the entry's compounds (<see cref="Compounds"/>).</param>
    public static Document Create(IndexEntry entry, IEnumerable<string> parts)
    {
        var document = new Document
        {
            new StringField(Fields.Id, entry.Id, Field.Store.YES),
            new StringField(Fields.Kind, entry.Lesson is null ? Fields.PassageKind : Fields.LessonKind, Field.Store.NO),
            new StringField(Fields.Source, entry.SourceId, Field.Store.NO),
            new TextField(Fields.Title, entry.Title, Field.Store.NO),
            new TextField(Fields.Body, entry.Text, Field.Store.NO),
            new TextField(Fields.Section, entry.Section, Field.Store.NO),
            new TextField(Fields.Themes, string.Join(' ', entry.Themes), Field.Store.NO),
            new TextField(Fields.Parts, string.Join(' ', parts), Field.Store.NO),
        };
        foreach (var role in entry.Roles)
            document.Add(new StringField(Fields.Role, role, Field.Store.NO));
        foreach (var theme in entry.Themes)
            document.Add(new StringField(Fields.Theme, theme, Field.Store.NO));
        foreach (var phase in entry.Phases)
            document.Add(new StringField(Fields.Phase, phase, Field.Store.NO));
        return document;
    }
}
