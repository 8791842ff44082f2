namespace Leerwerk.Knowledge.Lessons;

/// <summary>Thrown once with every problem found, so a maintainer fixes them all in one go.</summary>
public sealed class KnowledgeLoadException(IReadOnlyList<LessonError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<LessonError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<LessonError> errors) =>
        $"De kennisbank bevat {errors.Count} fout(en):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "- " + e));
}
