namespace Leerwerk.Dialogs.Questionnaires;

/// <summary>A questionnaire as read from `dialogs/questionnaires/{id}/`.</summary>
public sealed record Questionnaire(
    string Id,
    int Version,
    string Audience,
    IReadOnlyList<string> StartWords,
    LocalizedText Title,
    LocalizedText Intro,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Step> Steps,
    IReadOnlyDictionary<string, bool> TranslationsReviewed)
{
    public Step? Find(string? stepId) => stepId is null ? null : Steps.FirstOrDefault(s => s.Id == stepId);

    public int IndexOf(string stepId) => Steps.ToList().FindIndex(s => s.Id == stepId);

    public Section SectionOf(Step step) => Sections.First(s => s.Id == step.SectionId);

    public IEnumerable<Step> Questions => Steps.Where(s => s.IsQuestion);
}
