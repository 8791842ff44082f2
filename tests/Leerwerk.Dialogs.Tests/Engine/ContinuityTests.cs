using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Dialogs.Tests.Engine;

public sealed class ContinuityTests
{
    [Fact]
    public void Message_AfterIdleDay_OffersBackInsteadOfTakingItAsAnswer()
    {
        var chat = new Transcript().Start().Say("Amir");
        chat.Time.Advance(TimeSpan.FromHours(25));

        chat.Say("3");

        Assert.Contains("Verder waar je was, of opnieuw", chat.Text, StringComparison.Ordinal);
        Assert.False(chat.State.Answers.ContainsKey("rol"));
        chat.Say("verder");
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void IdleOffer_Restart_StartsOverAndOffersEarlierAnswersToConfirm()
    {
        var chat = new Transcript().Start().Say("Amir");
        chat.Time.Advance(TimeSpan.FromDays(3));
        chat.Say("hallo");

        chat.Say("opnieuw");

        Assert.Equal("naam", chat.Step);
        Assert.Contains("Ik weet al: Amir", chat.Text, StringComparison.Ordinal);
        chat.Say("ja");
        Assert.Equal("Amir", chat.State.Answers["naam"].Text);
        Assert.Equal("rol", chat.Step);
    }

    [Fact]
    public void Known_Answer_ConfirmedInsteadOfAsked()
    {
        var known = new Dictionary<string, Answer>
        {
            ["naam"] = new("naam", StepKind.Text, "Sara", "nl", "store", DateTimeOffset.UnixEpoch, Text: "Sara"),
        };

        var chat = new Transcript().Start(known);

        Assert.Contains("Ik weet al: Sara", chat.Text, StringComparison.Ordinal);
        chat.Say("nee");
        Assert.Equal("naam", chat.Step);
        chat.Say("Sanne");
        Assert.Equal("Sanne", chat.State.Answers["naam"].Text);
    }

    [Fact]
    public void Version_CurrentStepRemoved_AsksNextOpenStepWithoutUsingTheMessage()
    {
        var chat = new Transcript().Start().Say("Amir").Say("2");
        Assert.Equal("vervoer", chat.Step);
        var demo = chat.Questionnaire;
        chat.Questionnaire = demo with { Version = demo.Version + 1, Steps = demo.Steps.Where(s => s.Id != "vervoer").ToList() };

        chat.Say("ja");

        Assert.Contains("aangepast", chat.Text, StringComparison.Ordinal);
        Assert.Equal(demo.Version + 1, chat.State.Version);
        Assert.Equal("Amir", chat.State.Answers["naam"].Text);
        Assert.Equal("rijbewijs", chat.Step);
        Assert.False(chat.State.Answers.ContainsKey("rijbewijs"));
    }

    [Fact]
    public void Version_StepAdded_AskedWhenReached()
    {
        var chat = new Transcript().Start().Say("Amir");
        var demo = chat.Questionnaire;
        var added = demo.Steps.First(s => s.Id == "naam") with { Id = "bijnaam", Required = false };
        var steps = demo.Steps.ToList();
        steps.Insert(steps.FindIndex(s => s.Id == "uren"), added);
        chat.Questionnaire = demo with { Version = demo.Version + 1, Steps = steps };

        chat.Say("2").Say("1").Say("ja");

        Assert.Equal("bijnaam", chat.Step);
        Assert.Equal(demo.Version + 1, chat.State.Version);
    }
}
