using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Tests.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Tests.Texts;

public sealed class TranslationCompletenessTests
{
    public static TheoryData<string> StatushouderLanguages => new() { "ar", "ti", "tr", "fa", "ku", "so" };

    [Theory]
    [MemberData(nameof(StatushouderLanguages))]
    public void TextFile_EveryStatushouderLanguage_HasEverySimpleDutchKey(string language)
    {
        var catalog = Transcript.Texts;

        var file = catalog.Files[language];

        var missing = catalog.Files[Language.SimpleDutch].Texts.Keys.Where(k => !file.Texts.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"{language}.yaml mist: {string.Join(", ", missing)}");
        Assert.False(file.Reviewed && language is "ti" or "so" or "ku", "a translation is only marked reviewed by a native speaker");
    }

    [Theory]
    [MemberData(nameof(StatushouderLanguages))]
    public void IntakeZelf_EveryStatushouderLanguage_TranslatesEveryPromptAndChoice(string language)
    {
        var questionnaire = QuestionnaireLoader.LoadOrThrow(Path.Combine(Transcript.DialogsDirectory, "questionnaires")).Single(q => q.Id == "intake-zelf");

        var missing = questionnaire.Steps.Where(s => !s.Prompt.Has(language)).Select(s => s.Id)
            .Concat(questionnaire.Steps.SelectMany(s => s.Choices.Where(c => !c.Text.Has(language)).Select(c => $"{s.Id}.{c.Id}")))
            .ToList();

        Assert.True(missing.Count == 0, $"intake-zelf/{language}.yaml mist: {string.Join(", ", missing)}");
        Assert.True(questionnaire.TranslationsReviewed.ContainsKey(language));
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("ti", false)]
    public void TextFile_Direction_RightToLeftForArabicScript(string language, bool rightToLeft) =>
        Assert.Equal(rightToLeft, Transcript.Texts.Files[language].RightToLeft);
}
