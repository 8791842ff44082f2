using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.DirectLine;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenQA.Selenium;

namespace Leerwerk.Bot.Tests.WebChat;

/// <summary>The page in a real browser against the bot on real Kestrel: what a statushouder on a phone does.</summary>
public sealed class WebChatBrowserTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task WebChat_InvitationLinkDemoAndArabic_AnswersStoredAndPageRightToLeft()
    {
        using var host = new BotHost(_database.Path);
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var browser = new HeadlessChromium();

        browser.Driver.Navigate().GoToUrl($"{address}/?code=UITNODIGING-42");
        browser.Until(d => d.PageSource.Contains("Hallo, ik ben Leerwerk", StringComparison.Ordinal), "the welcome");
        browser.Screenshot("webchat-1-welcome");

        Type(browser, "demo");
        browser.Until(d => d.PageSource.Contains("Hoe mag ik je noemen?", StringComparison.Ordinal), "the first question");
        Type(browser, "Amir");
        var jobcoach = browser.Until(d => d.FindElements(By.CssSelector("button.webchat__suggested-action")).FirstOrDefault(b => b.Text.Contains("Jobcoach", StringComparison.Ordinal)), "the Jobcoach button");
        browser.Screenshot("webchat-2-choice");
        jobcoach.Click();
        browser.Until(d => d.PageSource.Contains("Hoe kom je naar je werk?", StringComparison.Ordinal), "the third question");
        browser.Screenshot("webchat-3-answered");

        browser.Driver.FindElement(By.CssSelector("button[data-language='ar']")).Click();
        var chat = browser.Driver.FindElement(By.Id("webchat"));
        browser.Until(_ => chat.GetAttribute("dir") == "rtl" && chat.GetAttribute("lang") == "ar", "the chat to turn right-to-left");
        var conversation = host.Services.GetRequiredService<DirectLineConversations>().All.Single();
        browser.Until(_ => UserTexts(conversation).Contains("taal ar"), "the page to send `taal ar`");
        browser.Screenshot("webchat-4-arabic");

        Assert.Contains($"Direct Line event invitation in conversation {conversation.Id}", host.Logs.All, StringComparison.Ordinal);
        var dialog = await StoredDialogAsync(host, conversation.Id);
        Assert.Equal("demo", dialog["QuestionnaireId"]!.Value<string>());
        Assert.Equal("Amir", dialog["Answers"]!["naam"]!.Value<string>("Text"));
        Assert.Equal("jobcoach", dialog["Answers"]!["rol"]!["Choices"]![0]!.Value<string>());
    }

    private static void Type(HeadlessChromium browser, string text)
    {
        var input = browser.Until(d => d.FindElements(By.CssSelector("[data-id='webchat-sendbox-input']")).FirstOrDefault(e => e.Enabled), "the send box");
        input.SendKeys(text + Keys.Enter);
    }

    private static List<string?> UserTexts(DirectLineConversation conversation) =>
        [.. conversation.Since(0).Activities.Where(a => a.From?.Role == "user").Select(a => a.Text)];

    /// <summary>The questionnaire as the bot stored it, read from the state store itself.</summary>
    private static async Task<JObject> StoredDialogAsync(BotHost host, string conversationId)
    {
        var key = $"{DirectLineTurns.ChannelId}/conversations/{conversationId}";
        var items = await host.Storage.ReadAsync([key]);
        var data = (JObject)((IDictionary<string, object>)items[key])[nameof(ConversationData)];
        return (JObject)data[nameof(ConversationData.Dialog)]!;
    }

    public void Dispose() => _database.Dispose();
}
