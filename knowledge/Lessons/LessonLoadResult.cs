namespace Leerwerk.Knowledge.Lessons;

public sealed record LessonLoadResult(IReadOnlyList<Lesson> Lessons, IReadOnlyList<LessonError> Errors);
