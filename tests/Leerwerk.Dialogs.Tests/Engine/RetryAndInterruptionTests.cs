using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Tests.Engine;

public sealed class RetryAndInterruptionTests
{
    [Fact]
    public void Invalid_First_SaysWhatIsExpected()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("uren").Say("geen idee eigenlijk");

        Assert.Contains("Typ een getal", chat.Text, StringComparison.Ordinal);
        Assert.Equal("uren", chat.Step);
    }

    [Fact]
    public void Invalid_ThreeTimes_OffersSkipOrHelpAndNeverLoopsWithoutExit()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("rol").Say("xyz").Say("xyz");
        Assert.DoesNotContain("overslaan", chat.Text, StringComparison.Ordinal);

        chat.Say("xyz");
        Assert.Contains("overslaan", chat.Text, StringComparison.Ordinal);
        chat.Say("xyz");
        Assert.Contains("overslaan", chat.Text, StringComparison.Ordinal);
        chat.Say("overslaan");
        Assert.Equal("vervoer", chat.Step);
    }

    [Fact]
    public void Invalid_RequiredStepThreeTimes_OffersHelpAndPause()
    {
        var chat = new Transcript().Start().AnswerDemoUntil("start").Say("blabla").Say("blabla").Say("blabla");

        Assert.Contains("overslaan", chat.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waarom moet ik dat weten?")]
    [InlineData("Waarom?")]
    public void Why_AtStep_GivesWhyTextAndAsksSameStep(string said)
    {
        var chat = new Transcript().Start().Say(said);

        Assert.Contains("Dan weet ik hoe ik je aanspreek", chat.Text, StringComparison.Ordinal);
        Assert.Equal("naam", chat.Step);
        Assert.False(chat.State.Answers.ContainsKey("naam"));
    }

    [Fact]
    public void Question_AtChoiceStep_AnsweredByHandlerThenSameStep()
    {
        var chat = new Transcript(interruptions: new FixedAnswer("Een praktijkverklaring laat zien wat iemand op de werkvloer kan.")).Start().Say("Amir");

        chat.Say("wat is een praktijkverklaring?");

        Assert.Contains("praktijkverklaring laat zien", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Wat is je rol?", chat.Text, StringComparison.Ordinal);
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void Question_NoHandler_TreatedAsAnAnswerAttempt()
    {
        var chat = new Transcript().Start().Say("Amir").Say("wat is een praktijkverklaring?");

        Assert.Equal("rol", chat.Step);
        Assert.Contains("herken", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUnderstood_Repeated_OtherWordsThenExampleThenInterpreter()
    {
        var chat = new Transcript().Start().Say("ik begrijp het niet");
        Assert.Contains("Wat is je naam?", chat.Text, StringComparison.Ordinal);

        chat.Say("ik begrijp het niet");
        Assert.Contains("Amir", chat.Text, StringComparison.Ordinal);

        chat.Say("ik begrijp het niet");
        Assert.Contains("tolk", chat.Text, StringComparison.Ordinal);
        Assert.Equal("naam", chat.Step);
    }

    [Fact]
    public void Interpreter_Asked_RecordedInOutcome()
    {
        var chat = new Transcript().Start().Say("ik wil een tolk").AnswerDemoUntil("__end__");

        Assert.True(chat.State.InterpreterRequested);
        Assert.True(chat.Outcome?.InterpreterRequested);
    }

    [Fact]
    public void CardAnswer_WithOldToken_IgnoredAndCurrentStepAsked()
    {
        var chat = new Transcript().Start();
        var oldToken = chat.State.Token;
        chat.Say("Amir");

        chat.Say("klantmanager", token: oldToken);

        Assert.Contains("al voorbij", chat.Text, StringComparison.Ordinal);
        Assert.False(chat.State.Answers.ContainsKey("rol"));
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void CardAnswer_WithCurrentToken_Taken()
    {
        var chat = new Transcript().Start().Say("Amir");

        chat.Say("klantmanager", token: chat.State.Token);

        Assert.Equal(["klantmanager"], chat.State.Answers["rol"].Choices);
    }

    private sealed class FixedAnswer(string text) : IInterruptionHandler
    {
        public Reply? TryAnswer(string question, string language) => new(text);
    }
}
