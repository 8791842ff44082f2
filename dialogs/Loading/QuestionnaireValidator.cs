using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Loading;

/// <summary>Checks one questionnaire file and builds the model; adds every problem to the list.</summary>
internal sealed class QuestionnaireValidator(string file, List<QuestionnaireError> errors)
{
    private static readonly string[] Audiences = ["klantmanager", "regisseur", "jobcoach", "statushouder"];

    public Questionnaire? Build(RawQuestionnaire raw)
    {
        var before = errors.Count;
        var id = raw.Id ?? string.Empty;
        if (!QuestionnaireLoader.IdPattern().IsMatch(id)) Error(null, "`id` ontbreekt of bevat andere tekens dan a-z, 0-9, - en _.");
        if (raw.Version < 1) Error(null, "`version` moet 1 of hoger zijn.");
        if (!Audiences.Contains(raw.Audience)) Error(null, $"`audience` moet een van deze zijn: {string.Join(", ", Audiences)}.");
        var simple = raw.Audience == "statushouder";
        var title = Text(raw.Title, null, "title", required: true, simple);
        var sections = new List<Section>();
        var steps = new List<Step>();
        foreach (var rawSection in raw.Sections ?? [])
        {
            if (!QuestionnaireLoader.IdPattern().IsMatch(rawSection.Id ?? string.Empty)) Error(null, "een sectie heeft geen geldige `id`.");
            else if (sections.Any(s => s.Id == rawSection.Id)) Error(null, $"sectie '{rawSection.Id}' staat er twee keer in.");
            var section = new Section(rawSection.Id ?? "?", Text(rawSection.Title, null, $"sectie {rawSection.Id}: title", required: true, simple));
            sections.Add(section);
            foreach (var rawStep in rawSection.Steps ?? []) steps.Add(new StepValidator(this, steps, simple).Build(rawStep, section.Id));
        }

        if (steps.Count(s => s.IsQuestion) == 0) Error(null, "de vragenlijst heeft geen vragen.");
        if (errors.Count > before) return null;
        return new Questionnaire(id, raw.Version, raw.Audience!, raw.Start ?? [], title, Text(raw.Intro, null, "intro", required: false, simple),
            sections, steps, new Dictionary<string, bool>());
    }

    public void Error(string? step, string problem) => errors.Add(new(file, step, problem));

    public LocalizedText Text(Dictionary<string, string>? values, string? step, string field, bool required, bool simple)
    {
        if (required && (values is null || !values.ContainsKey(Language.Dutch)))
            Error(step, $"`{field}` heeft geen Nederlandse tekst (nl).");
        if (required && simple && (values is null || !values.ContainsKey(Language.SimpleDutch)))
            Error(step, $"`{field}` heeft geen tekst in eenvoudig Nederlands (nl-eenvoudig).");
        return values is null ? LocalizedText.Empty : new LocalizedText(values);
    }

    public static LocalizedList List(Dictionary<string, List<string>>? values) =>
        values is null ? LocalizedList.Empty : new LocalizedList(values.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value));
}
