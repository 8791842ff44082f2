using System.Text.RegularExpressions;
using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Tests.Privacy;

/// <summary>The questionnaires as shipped: no field for a BSN, religion or ethnicity; health only by choice.</summary>
public sealed partial class DataMinimisationTests
{
    private static readonly IReadOnlyList<Questionnaire> Questionnaires =
        QuestionnaireLoader.LoadOrThrow(Path.Combine(AppContext.BaseDirectory, "dialogs", "questionnaires"));

    [Fact]
    public void EveryQuestionnaire_NoBsnReligionOrEthnicityAsked()
    {
        var found = new List<string>();
        foreach (var questionnaire in Questionnaires)
        {
            foreach (var step in questionnaire.Steps)
            {
                var where = $"{questionnaire.Id}/{step.Id}";
                if (Forbidden().IsMatch(step.Id.Replace('_', ' '))) found.Add($"{where}: step id");
                found.AddRange(step.Choices.Where(c => Forbidden().IsMatch(c.Id.Replace('_', ' '))).Select(c => $"{where}: choice {c.Id}"));
                var texts = new[] { step.Prompt, step.Simpler }.Concat(step.Choices.Select(c => c.Text))
                    .SelectMany(t => new[] { t.Get(Language.Dutch), t.Get(Language.SimpleDutch) }).OfType<string>();
                found.AddRange(texts.SelectMany(Sentences).Where(AsksFor).Select(s => $"{where}: \"{s}\""));
            }
        }

        Assert.True(found.Count == 0, "Vraagt naar BSN, geloof of afkomst:\n" + string.Join('\n', found));
    }

    [Fact]
    public void HealthQuestions_InQuestionnairesAboutAPerson_SensitiveOptionalWithRatherNotSay()
    {
        var health = Questionnaires.Where(q => q.Find("toestemming") is not null)
            .SelectMany(q => q.Steps.Where(IsHealth).Select(s => (Questionnaire: q.Id, Step: s))).ToList();

        Assert.NotEmpty(health);
        Assert.All(health, h =>
        {
            Assert.True(h.Step.HasTag("sensitive"), $"{h.Questionnaire}/{h.Step.Id} is niet als sensitive gemarkeerd");
            Assert.False(h.Step.Required, $"{h.Questionnaire}/{h.Step.Id} is verplicht");
            if (h.Step.Kind is StepKind.Choice or StepKind.Multi)
                Assert.Contains(h.Step.Choices, c => c.Id == "zegt_niet");
        });
    }

    [Fact]
    public void AsksFor_SentenceThatSaysNotTo_Allowed()
    {
        Assert.False(AsksFor("Vul geen BSN in."));
        Assert.True(AsksFor("Wat is je BSN?"));
        Assert.True(AsksFor("Welk geloof heb je?"));
        Assert.True(AsksFor("Wat is je etnische afkomst?"));
    }

    /// <summary>A sentence that names a BSN, religion or ethnicity, unless it says not to give it.</summary>
    private static bool AsksFor(string sentence) => Forbidden().IsMatch(sentence) && !Negation().IsMatch(sentence);

    private static IEnumerable<string> Sentences(string text) => SentenceEnd().Split(text).Where(s => s.Trim().Length > 0);

    private static bool IsHealth(Step step) =>
        step.Tags.Any(t => t.Contains("gezondheid", StringComparison.OrdinalIgnoreCase)) || Health().IsMatch(step.Prompt.Get(Language.Dutch) ?? string.Empty);

    [GeneratedRegex(@"\b(bsn|burgerservicenummer|sofinummer|religie\w*|religieu\w*|geloof\w*|godsdienst\w*|etnisch\w*|etniciteit|afkomst|ras|huidskleur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\b(geen|niet|nooit|hoeft)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(gezond\w*|ziek\w*|medisch\w*|medicijn\w*|lichamelijk\w*|beperking\w*|handicap\w*|psychisch\w*|diagnose\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Health();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceEnd();
}
