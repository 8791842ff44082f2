using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Dialogs.Tests.Engine;

public sealed class StepKindTests
{
    [Fact]
    public void Start_Demo_AsksFirstQuestionWithSectionAndProgress()
    {
        var chat = new Transcript().Start();

        Assert.Equal("naam", chat.Step);
        Assert.Contains("Over jou — vraag 1 van 8", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Hoe mag ik je noemen?", chat.Text, StringComparison.Ordinal);
        Assert.NotNull(chat.Replies[^1].Token);
    }

    [Fact]
    public void Complete_EveryStepKind_OutcomeHasTypedAnswers()
    {
        var chat = new Transcript().Start()
            .Say("Amir")
            .Say("coach")
            .Say("1 en 2")
            .Say("jawel")
            .Say("twintig")
            .Say("€ 1.500")
            .Say("drie maanden")
            .Say("15-1");

        var outcome = Assert.IsType<DialogOutcome>(chat.Outcome);
        Assert.Equal(DialogStatus.Completed, outcome.Status);
        Assert.Equal("Amir", outcome.Answers["naam"].Text);
        Assert.Equal(["jobcoach"], outcome.Answers["rol"].Choices);
        Assert.Equal(["fiets", "ov"], outcome.Answers["vervoer"].Choices);
        Assert.True(outcome.Answers["rijbewijs"].YesNo);
        Assert.Equal(20m, outcome.Answers["uren"].Number);
        Assert.Equal(1500m, outcome.Answers["loon"].Number);
        Assert.Equal(3m, outcome.Answers["duur"].Number);
        Assert.Equal(new DateOnly(2027, 1, 15), outcome.Answers["start"].Date);
        Assert.All(outcome.Answers.Values, a => Assert.Equal("km-1", a.By));
    }

    [Theory]
    [InlineData("2", "jobcoach")]
    [InlineData("Regisseur", "regisseur")]
    [InlineData("regiseur", "regisseur")]
    [InlineData("projectleider", "regisseur")]
    [InlineData("Case manager", "klantmanager")]
    public void Choice_ByNumberTextSynonymTypoOrOtherLanguage_Recognised(string said, string expected)
    {
        var chat = new Transcript().Start().AnswerDemoUntil("rol").Say(said);

        Assert.Equal([expected], chat.State.Answers["rol"].Choices);
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("no")]
    [InlineData("niet")]
    public void YesNo_DutchAndEnglishNo_RecordedAsNo(string said)
    {
        var chat = new Transcript().Start().AnswerDemoUntil("rijbewijs").Say(said);

        Assert.False(chat.State.Answers["rijbewijs"].YesNo);
    }

    [Fact]
    public void Info_WhenConditionHolds_SaidOnTheWay()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("rijbewijs").Say("ja");

        Assert.Contains("meer werkplekken", chat.Text, StringComparison.Ordinal);
        Assert.Equal("uren", chat.Step);
    }

    [Fact]
    public void Info_WhenConditionFails_Skipped()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("rijbewijs").Say("nee");

        Assert.DoesNotContain("meer werkplekken", chat.Text, StringComparison.Ordinal);
        Assert.Equal("uren", chat.Step);
    }

    [Fact]
    public void Number_OutOfRange_SaysTheRange()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("uren").Say("80");

        Assert.Contains("tussen 0 en 60", chat.Text, StringComparison.Ordinal);
        Assert.Equal("uren", chat.Step);
    }

    [Fact]
    public void Multi_NoneOfThese_RecordsTheNoneChoice()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("vervoer").Say("4");

        Assert.Equal(["geen"], chat.State.Answers["vervoer"].Choices);
    }

    [Fact]
    public void Months_WithTypicalValue_OfferedAndTakenWithOk()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("duur");
        Assert.Contains("Gebruikelijk is 6 maanden", chat.Text, StringComparison.Ordinal);

        chat.Say("ok");

        Assert.Equal(6m, chat.State.Answers["duur"].Number);
        Assert.Equal("start", chat.Step);
    }
}
