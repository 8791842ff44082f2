using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Questionnaires;

public static class StepChoices
{
    /// <summary>
    /// A step's choices as the recognizer matches them: every label in every language, the synonyms and
    /// the id count, so a click, a typed word or a word in another language all work.
    /// </summary>
    public static IReadOnlyList<ChoiceOption> Options(this Step step) =>
        step.Choices.Select(c => new ChoiceOption(c.Id, [.. c.Text.Values.Values, .. c.Synonyms.All, c.Id])).ToList();
}
