using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// Every text a statushouder reads: the bot's own texts in simple Dutch, and the simple Dutch texts
/// of every questionnaire for the audience `statushouder`. Where a questionnaire has no simple text
/// the Dutch one is taken, because that is what the statushouder then sees.
/// </summary>
public static class StatushouderTexts
{
    public const string Audience = "statushouder";

    public static IReadOnlyList<ReadableText> Load(string dialogsDirectory) => Collect(
        TextCatalogLoader.Load(Path.Combine(dialogsDirectory, "texts")),
        QuestionnaireLoader.LoadOrThrow(Path.Combine(dialogsDirectory, "questionnaires")));

    public static IReadOnlyList<ReadableText> Collect(TextCatalog catalog, IEnumerable<Questionnaire> questionnaires)
    {
        var texts = new List<ReadableText>();
        if (catalog.Files.TryGetValue(Language.SimpleDutch, out var simple))
            texts.AddRange(simple.Texts.Select(t => new ReadableText($"texts/{t.Key}", t.Value, TextKind.Text)));
        foreach (var questionnaire in questionnaires.Where(q => string.Equals(q.Audience, Audience, StringComparison.OrdinalIgnoreCase)))
            texts.AddRange(Of(questionnaire));
        return texts;
    }

    // Ids use the keys of a translation file (QUESTIONNAIRES.md), so a finding points at what to change.
    private static IEnumerable<ReadableText> Of(Questionnaire q)
    {
        var texts = new List<ReadableText>();
        Add(texts, $"{q.Id}/title", q.Title, TextKind.Label);
        Add(texts, $"{q.Id}/intro", q.Intro, TextKind.Text);
        foreach (var section in q.Sections) Add(texts, $"{q.Id}/sections.{section.Id}", section.Title, TextKind.Label);
        foreach (var step in q.Steps)
        {
            var id = $"{q.Id}/{step.Id}";
            Add(texts, $"{id}.prompt", step.Prompt, TextKind.Text);
            Add(texts, $"{id}.simpler", step.Simpler, TextKind.Text);
            Add(texts, $"{id}.help", step.Help, TextKind.Text);
            Add(texts, $"{id}.why", step.Why, TextKind.Text);
            var examples = step.Examples.Get(Language.SimpleDutch);
            for (var i = 0; i < examples.Count; i++) texts.Add(new($"{id}.examples.{i + 1}", examples[i], TextKind.Text));
            foreach (var choice in step.Choices) Add(texts, $"{id}.choices.{choice.Id}", choice.Text, TextKind.Label);
        }

        return texts;
    }

    private static void Add(List<ReadableText> texts, string id, LocalizedText text, TextKind kind)
    {
        if (text.Get(Language.SimpleDutch) is { Length: > 0 } value) texts.Add(new(id, value, kind));
    }
}
