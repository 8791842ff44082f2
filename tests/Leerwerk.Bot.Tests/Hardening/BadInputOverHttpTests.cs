using System.Net;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class BadInputOverHttpTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "", " ", "\u0000", "🙂", "مرحبا", "\u202eabc", "<script>alert(1)</script>", "'; DROP TABLE intakes; --", "**x** [a](javascript:alert(1))",
        "{\"type\":\"AdaptiveCard\"}", "-1", "999999999999999999999", "31-02-2027", "afspraak 99999 gedaan", "afspraak -1 gedaan", "afspraak 1 uitgesteld tot nooit",
        "traject", "traject ' OR 1=1 --", "intake <b>x</b>", "intake ../../etc/passwd export", "uitnodiging ", "code ' OR 1=1", "tijdlijn %", "checkin :", "checkin ,,,,",
        "ask", "vraag", "vraag ?", "taal \u0000", "knowledge import /etc/passwd", "wijzig", "hervat", "nuttig", new string('x', 5000),
        "toegang", "toegang ' OR 1=1 -- beheerder", "toegang <script> klantmanager", "toegang  weg", "audit", "audit %", "audit \u0000",
        "traject x lid werkgever <img src=x>", "inzage", "inzage ' OR 1=1", "verwijder", "verwijder %",
    ];

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Texts_AsCommandsAndAtEveryDemoStep_Answered200WithAHelpfulReply()
    {
        using var host = new BotHost(_database);
        var failures = new List<string>();
        foreach (var text in Texts)
        {
            var asCommand = await host.PostAsync(Activities.Message(text, "cmd-" + Guid.NewGuid().ToString("N")));
            if (asCommand.Count == 0 || asCommand.All(a => string.IsNullOrWhiteSpace(a.Text) && (a.Attachments?.Count ?? 0) == 0)) failures.Add($"no reply to '{text}'");
        }

        var demo = new QuestionnaireDriver(host, "demo-bad", "u-bad");
        await demo.SayAsync("demo");
        while ((await demo.StateAsync())?.Status == Leerwerk.Dialogs.Engine.DialogStatus.Active)
        {
            var step = (await demo.StateAsync())!.CurrentStepId;
            foreach (var text in Texts.Where(t => t is not ("stop" or "pauze")))
            {
                var replies = await demo.SayAsync(text);
                if (replies.Count == 0) failures.Add($"{step}: no reply to '{text}'");
                var state = await demo.StateAsync();
                if (state is not null && state.Mode == Leerwerk.Dialogs.Engine.DialogMode.PickingChange) await demo.SayAsync("1");
            }

            if (await demo.NextAnswerAsync() is { } answer) await demo.SayAsync(answer);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"message","conversation":{"id":"x"}}""")]
    [InlineData("""{"type":"message","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"test","serviceUrl":"http://localhost/","text":123,"deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"somethingNew","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"test","serviceUrl":"http://localhost/","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"test","serviceUrl":"http://localhost/","value":"not an object","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"msteams","serviceUrl":"http://localhost/","value":{"leerwerkToken":42,"answer":{"x":1}},"deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"invoke","name":"message/submitAction","value":{"actionValue":"x"},"from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"msteams","serviceUrl":"http://localhost/","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"event","name":"invitation","value":null,"from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"webchat","serviceUrl":"http://localhost/","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":null,"from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelId":"test","serviceUrl":"http://localhost/","deliveryMode":"expectReplies"}""")]
    public async Task MalformedOrUnexpectedActivity_NeverA500(string body)
    {
        using var host = new BotHost(_database);
        using var client = host.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.True((int)response.StatusCode < 500, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("Exception", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSubmit_WrongTypedAnswer_TreatedAsTextNotAnError()
    {
        using var host = new BotHost(_database);
        await host.PostAsync(Activities.Message("demo", "card-bad", channelId: "msteams"));
        await host.PostAsync(Activities.Message("Amir", "card-bad", channelId: "msteams"));
        var submit = Activities.Message(string.Empty, "card-bad", channelId: "msteams");
        submit.Text = null;
        submit.Value = JObject.Parse("""{"leerwerkToken":"rol@1","answer":{"nested":[1,2,3]}}""");

        var replies = await host.PostAsync(submit);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain("Exception", host.Logs.All, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
