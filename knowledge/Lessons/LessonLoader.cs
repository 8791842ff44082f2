namespace Leerwerk.Knowledge.Lessons;

/// <summary>Reads every lesson under a folder and checks them one by one and against each other.</summary>
internal static class LessonLoader
{
    public static LessonLoadResult Load(string lessonsDirectory, LessonRules rules)
    {
        var errors = new List<LessonError>();
        var lessons = new List<Lesson>();
        if (!Directory.Exists(lessonsDirectory))
            return new LessonLoadResult(lessons, [new LessonError(lessonsDirectory, "map", "de map met lessen bestaat niet")]);

        var files = Directory.EnumerateFiles(lessonsDirectory, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(lessonsDirectory, file);
            if (LessonReader.Read(relative, File.ReadAllText(file), rules, errors) is { } lesson)
                lessons.Add(lesson);
        }

        foreach (var duplicate in lessons.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", duplicate.Select(l => l.FilePath));
            errors.Add(new LessonError(duplicate.Last().FilePath, "id", $"'{duplicate.Key}' komt vaker voor: {names}"));
        }

        return new LessonLoadResult(lessons, errors);
    }
}
