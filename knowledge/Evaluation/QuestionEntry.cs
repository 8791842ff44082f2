namespace Leerwerk.Knowledge.Evaluation;

// Mutable because YamlDotNet fills it by property setters.
internal sealed class QuestionEntry
{
    public string? Question { get; set; }
    public List<string>? Answers { get; set; }
}
