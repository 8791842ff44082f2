namespace Leerwerk.Knowledge.Lessons;

/// <summary>One problem in one lesson file, phrased for the maintainer who has to fix it.</summary>
public sealed record LessonError(string File, string Field, string Problem)
{
    public override string ToString() => $"{File}: {Field}: {Problem}";
}
