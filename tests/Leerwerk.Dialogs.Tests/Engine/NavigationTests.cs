using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Dialogs.Tests.Engine;

public sealed class NavigationTests
{
    [Fact]
    public void Back_AfterAnswer_AsksPreviousStepShowingOldAnswer()
    {
        var chat = new Transcript().Start().Say("Amir").Say("terug");

        Assert.Equal("naam", chat.Step);
        Assert.Contains("Je vorige antwoord: Amir", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Back_ThenNewAnswer_ReplacesOldAnswer()
    {
        var chat = new Transcript().Start().Say("Amir").Say("terug").Say("Sara");

        Assert.Equal("Sara", chat.State.Answers["naam"].Text);
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void Back_ThenOk_KeepsOldAnswer()
    {
        var chat = new Transcript().Start().Say("Amir").Say("back").Say("ok");

        Assert.Equal("Amir", chat.State.Answers["naam"].Text);
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void Back_AtFirstStep_SaysSoAndStays()
    {
        var chat = new Transcript().Start().Say("terug");

        Assert.Contains("eerste vraag", chat.Text, StringComparison.Ordinal);
        Assert.Equal("naam", chat.Step);
    }

    [Fact]
    public void Skip_OptionalStep_MovesOnAndMarksSkipped()
    {
        var chat = new Transcript().Start().Say("Amir").Say("overslaan");

        Assert.True(chat.State.Answers["rol"].Skipped);
        Assert.Equal("vervoer", chat.Step);
    }

    [Fact]
    public void Skip_RequiredStep_RefusedWithWhy()
    {
        var chat = new Transcript().Start().Say("skip");

        Assert.Contains("nodig", chat.Text, StringComparison.Ordinal);
        Assert.Contains("hoe ik je aanspreek", chat.Text, StringComparison.Ordinal);
        Assert.Equal("naam", chat.Step);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    public void Help_AtStep_GivesHelpWhyAndCommandsThenSameStep(string said)
    {
        var chat = new Transcript().Start().Say(said);

        Assert.Contains("Een voornaam is genoeg", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Waarom we dit vragen", chat.Text, StringComparison.Ordinal);
        Assert.Contains("samenvatting", chat.Text, StringComparison.Ordinal);
        Assert.Equal("naam", chat.Step);
    }

    [Fact]
    public void Summary_ListsAnswersSoFar()
    {
        var chat = new Transcript().Start().Say("Amir").Say("2").Say("samenvatting");

        Assert.Contains("Amir", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Jobcoach", chat.Text, StringComparison.Ordinal);
        Assert.Equal("vervoer", chat.Step);
    }

    [Fact]
    public void Change_PickEarlierAnswer_ChangesItAndReturnsToCurrentStep()
    {
        var chat = new Transcript().Start().Say("Amir").Say("2").Say("wijzig").Say("1");
        Assert.Equal("naam", chat.Step);

        chat.Say("Sara");

        Assert.Equal("Sara", chat.State.Answers["naam"].Text);
        Assert.Equal("vervoer", chat.Step);
    }

    [Fact]
    public void Pause_ThenResume_AsksTheSameStepWithAnswersKept()
    {
        var chat = new Transcript().Start().Say("Amir").Say("pauze");
        Assert.Equal(DialogStatus.Paused, chat.State.Status);

        chat.Resume();

        Assert.Equal(DialogStatus.Active, chat.State.Status);
        Assert.Equal("rol", chat.Step);
        Assert.Equal("Amir", chat.State.Answers["naam"].Text);
    }

    [Fact]
    public void Stop_Confirmed_EndsAsDraftWithAnswersKept()
    {
        var chat = new Transcript().Start().Say("Amir").Say("stop").Say("ja");

        var outcome = Assert.IsType<DialogOutcome>(chat.Outcome);
        Assert.Equal(DialogStatus.Stopped, outcome.Status);
        Assert.Equal("Amir", outcome.Answers["naam"].Text);
    }

    [Fact]
    public void Stop_NotConfirmed_GoesOnAtSameStep()
    {
        var chat = new Transcript().Start().Say("Amir").Say("stop").Say("nee");

        Assert.Null(chat.Outcome);
        Assert.Equal("rol", chat.Step);
        Assert.Contains("we gaan verder", chat.Text, StringComparison.Ordinal);
    }
}
