namespace Leerwerk.Knowledge.Lessons;

/// <summary>1-based, inclusive line range of a report's text file, as <c>sed -n 'start,endp'</c> counts.</summary>
public readonly record struct LineRange(int Start, int End)
{
    public override string ToString() => Start == End ? $"r. {Start}" : $"r. {Start}-{End}";
}
