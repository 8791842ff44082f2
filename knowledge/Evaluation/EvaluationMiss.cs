namespace Leerwerk.Knowledge.Evaluation;

/// <summary>A question the knowledge base got wrong, with what it expected and what came out.</summary>
public sealed record EvaluationMiss(string Question, IReadOnlyList<string> Expected, IReadOnlyList<string> Got, string Problem)
{
    public override string ToString() =>
        $"{Problem}: \"{Question}\" verwacht [{string.Join(", ", Expected)}], kreeg [{string.Join(", ", Got)}]";
}
