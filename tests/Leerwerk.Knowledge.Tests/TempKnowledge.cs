namespace Leerwerk.Knowledge.Tests;

/// <summary>A throw-away knowledge folder with the real reports and synonyms and lessons the test writes.</summary>
internal sealed class TempKnowledge : IDisposable
{
    public TempKnowledge()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "lessons"));
        File.Copy(System.IO.Path.Combine(KnowledgeFolder.Path, "reports.yaml"), System.IO.Path.Combine(Path, "reports.yaml"));
        File.Copy(System.IO.Path.Combine(KnowledgeFolder.Path, "synonyms.txt"), System.IO.Path.Combine(Path, "synonyms.txt"));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leerwerk-knowledge-" + Guid.NewGuid().ToString("N"));

    public TempKnowledge Write(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, "lessons", relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return this;
    }

    public TempKnowledge WriteLesson(
        string id,
        string title = "Een titel die de les zegt",
        string body = "Een korte les in eigen woorden. Met een tweede zin.",
        string? report = null,
        string lines = "[[1, 5]]",
        string themes = "[taal]",
        string roles = "[klantmanager]",
        string phases = "[intake]") =>
        Write($"{id[..3]}/{id}-les.md", Lesson(id, title, body, report ?? id[..3], lines, themes, roles, phases));

    public static string Lesson(string id, string title, string body, string report, string lines, string themes, string roles, string phases) => $"""
        ---
        id: {id}
        title: {title}
        report: "{report}"
        section: "Inleiding"
        lines: {lines}
        themes: {themes}
        roles: {roles}
        phases: {phases}
        ---
        {body}
        """;

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
