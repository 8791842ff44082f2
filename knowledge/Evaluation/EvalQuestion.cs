namespace Leerwerk.Knowledge.Evaluation;

/// <summary>A test question with the lesson ids that answer it; none means the reports do not answer it.</summary>
public sealed record EvalQuestion(string Question, IReadOnlyList<string> Answers)
{
    public bool Answerable => Answers.Count > 0;
}
