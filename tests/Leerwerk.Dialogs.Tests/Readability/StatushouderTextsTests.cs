using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Readability;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Dialogs.Tests.Readability;

/// <summary>The shipped texts, as the bot reads them from its output folder.</summary>
public sealed class StatushouderTextsTests
{
    private static readonly string DialogsDirectory = Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void EveryStatushouderText_ReadabilityAtMostB1()
    {
        var checker = ReadabilityChecker.Load(DialogsDirectory);

        var tooHard = StatushouderTexts.Load(DialogsDirectory)
            .Select(t => (Text: t, Report: checker.Check(t)))
            .Where(r => r.Report.Level == ReadabilityLevel.AboveB1)
            .Select(r => $"{r.Text.Id}: {string.Join("; ", r.Report.Reasons)}\n    \"{r.Text.Text.Trim()}\"")
            .ToList();

        Assert.True(tooHard.Count == 0, $"{tooHard.Count} tekst(en) boven B1:\n{string.Join('\n', tooHard)}");
    }

    [Fact]
    public void Load_ShippedDialogs_BotTextsAndStatushouderQuestionnaireOnly()
    {
        var ids = StatushouderTexts.Load(DialogsDirectory).Select(t => t.Id).ToList();

        Assert.Contains("texts/welcome", ids);
        Assert.Contains("intake-zelf/roepnaam.prompt", ids);
        Assert.Contains("intake-zelf/vervoer.choices.fiets", ids);
        Assert.Contains("intake-zelf/achtergrond.examples.1", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("intake/", StringComparison.Ordinal) || id.StartsWith("demo/", StringComparison.Ordinal));
    }

    [Fact]
    public void IntakeZelf_EveryQuestion_HasSimplerTextAndOpenQuestionsExamples()
    {
        var intake = QuestionnaireLoader.LoadOrThrow(Path.Combine(DialogsDirectory, "questionnaires")).Single(q => q.Id == "intake-zelf");

        var missing = intake.Questions
            .SelectMany(s => new[]
            {
                s.Simpler.Has(Language.SimpleDutch) ? null : $"{s.Id}: geen simpler",
                s.Kind is StepKind.Text && !s.Examples.Values.ContainsKey(Language.SimpleDutch) ? $"{s.Id}: geen examples" : null,
            })
            .OfType<string>()
            .ToList();

        Assert.Empty(missing);
    }
}
