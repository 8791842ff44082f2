namespace Leerwerk.Dialogs.Questionnaires;

public sealed record Step(
    string Id,
    string SectionId,
    StepKind Kind,
    bool Required,
    LocalizedText Prompt,
    LocalizedText Simpler,
    LocalizedText Help,
    LocalizedText Why,
    LocalizedList Examples,
    IReadOnlyList<Choice> Choices,
    Condition? When,
    IReadOnlyList<string> Tags,
    decimal? Min,
    decimal? Max,
    decimal? Default,
    string? NoneChoice,
    BarrierRule? Barrier,
    IReadOnlyList<string> EndsWhen,
    string? ChoicesFrom = null,
    bool Past = false)
{
    public bool IsQuestion => Kind != StepKind.Info;

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>The value of a `prefix:value` tag, for example `aspect` → `motivatie`.</summary>
    public string? Tag(string prefix) =>
        Tags.FirstOrDefault(t => t.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))?[(prefix.Length + 1)..];
}
