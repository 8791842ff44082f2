using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.DirectLine;
using Leerwerk.Bot.Invitations;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
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
    public async Task WebChat_InvitationLinkIntakeAndArabic_AnswersStoredAndPageRightToLeft()
    {
        using var host = new BotHost(_database);
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var (invitation, _) = await host.Services.GetRequiredService<InvitationService>().CreateAsync("Nour", "km-1", CancellationToken.None);
        using var browser = new HeadlessChromium();

        browser.Driver.Navigate().GoToUrl($"{address}/?code={invitation.Code}");
        var yes = browser.Until(d => d.FindElements(By.CssSelector("button.webchat__suggested-action")).FirstOrDefault(b => b.Text.Contains("Ja", StringComparison.Ordinal)), "the consent question");
        browser.Screenshot("webchat-1-consent");
        yes.Click();
        var conversation = host.Services.GetRequiredService<DirectLineConversations>().All.Single();
        await UntilStepAsync(host, conversation.Id, "roepnaam");
        Type(browser, "Nour");
        await UntilStepAsync(host, conversation.Id, "tolk");
        browser.Screenshot("webchat-2-answered");

        browser.Driver.FindElement(By.CssSelector("button[data-language='ar']")).Click();
        var chat = browser.Driver.FindElement(By.Id("webchat"));
        browser.Until(_ => chat.GetAttribute("dir") == "rtl" && chat.GetAttribute("lang") == "ar", "the chat to turn right-to-left");
        browser.Until(d => d.PageSource.Contains("نتكلم الآن باللغة العربية", StringComparison.Ordinal), "the bot to answer in Arabic");
        browser.Screenshot("webchat-3-arabic");

        Assert.Contains($"Direct Line event invitation in conversation {conversation.Id}", host.Logs.All, StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var intake = await StoredIntakes.SingleAsync(host);
        Assert.Equal("Nour", intake.ParticipantName);
        Assert.Equal("km-1", intake.KlantmanagerId);
        Assert.NotNull(intake.StatushouderId);
        Assert.Contains(intake.Answers, a => a.StepId == "toestemming" && a.AnsweredAs == "statushouder");
        Assert.Equal("ar", (await StoredDialogAsync(host, conversation.Id))!["Language"]!.Value<string>());
    }

    private static async Task UntilStepAsync(BotHost host, string conversationId, string stepId)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await StoredDialogAsync(host, conversationId))?["CurrentStepId"]?.Value<string>() == stepId) return;
            await Task.Delay(100);
        }

        throw new TimeoutException($"the intake did not reach step '{stepId}'");
    }

    private static void Type(HeadlessChromium browser, string text)
    {
        var input = browser.Until(d => d.FindElements(By.CssSelector("[data-id='webchat-sendbox-input']")).FirstOrDefault(e => e.Enabled), "the send box");
        input.SendKeys(text + Keys.Enter);
    }

    private static List<string?> UserTexts(DirectLineConversation conversation) =>
        [.. conversation.Since(0).Activities.Where(a => a.From?.Role == "user").Select(a => a.Text)];

    /// <summary>The questionnaire as the bot stored it, read from the state store itself.</summary>
    private static async Task<JObject?> StoredDialogAsync(BotHost host, string conversationId)
    {
        var key = $"{DirectLineTurns.ChannelId}/conversations/{conversationId}";
        var items = await host.Storage.ReadAsync([key]);
        if (!items.TryGetValue(key, out var value)) return null;
        var data = ((IDictionary<string, object>)value).TryGetValue(nameof(ConversationData), out var found) ? found as JObject : null;
        return data?[nameof(ConversationData.Dialog)] as JObject;
    }

    public void Dispose() => _database.Dispose();
}
