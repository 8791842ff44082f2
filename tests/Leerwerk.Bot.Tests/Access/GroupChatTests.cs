using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>In a group chat everyone reads along: participant data stays in personal chats.</summary>
public sealed class GroupChatTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Theory]
    [InlineData(AccessFixture.Regisseur, "traject Warmtepompen Noord")]
    [InlineData(AccessFixture.Klantmanager, "intake Amir")]
    [InlineData(AccessFixture.Klantmanager, "intakes")]
    [InlineData(AccessFixture.Jobcoach, "tijdlijn Amir")]
    [InlineData(AccessFixture.Jobcoach, "signalen")]
    [InlineData(AccessFixture.Beheerder, "audit Amir")]
    [InlineData(AccessFixture.Jobcoach, "checkin")]
    public async Task PersonalData_InGroupChat_OfferedInPersonalChatOnly(string userId, string text)
    {
        var replies = (await Host.PostAsync(Group(text, userId))).Texts();

        Assert.Contains("persoonlijke chat", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Amir", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afspraken_InGroupChat_ShownToTheTrajectParty()
    {
        var activities = await Host.PostAsync(Group("afspraken Warmtepompen Noord", AccessFixture.Werkgever));
        var replies = string.Join("\n", activities.SelectMany(a => a.Attachments ?? []).Select(a => Newtonsoft.Json.JsonConvert.SerializeObject(a.Content)));

        Assert.Contains("Werkplek met mentor", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Amir", replies, StringComparison.Ordinal);
    }

    private BotHost Host => fixture.Host;

    private static Microsoft.Bot.Schema.Activity Group(string text, string userId)
    {
        var activity = Activities.Message(text, "group-" + Guid.NewGuid().ToString("N"), userId, "msteams");
        activity.Conversation.ConversationType = "groupChat";
        activity.Conversation.IsGroup = true;
        return activity;
    }
}
