using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Privacy;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Dialogs.Texts;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Tests.Privacy;

public sealed class ConsentTests : IDisposable
{
    private readonly PrivacyFixture _fixture = new();

    [Fact]
    public async Task SelfIntake_ConsentGiven_TextVersionAndTimeSaved()
    {
        var consentAt = _fixture.Time.GetUtcNow();

        await _fixture.SelfIntakeAsync("Amir", "sh-amir");

        var intake = await StoredIntakes.SingleAsync(_fixture.Host);
        var zelf = _fixture.Host.Get<QuestionnaireCatalog>().Find("intake-zelf")!;
        Assert.Equal(ConsentVersions.Of(zelf, Language.SimpleDutch), intake.ConsentVersion);
        Assert.Matches(@"^intake-zelf v2 nl-eenvoudig #[0-9a-f]{8}$", intake.ConsentVersion);
        Assert.Equal(consentAt, intake.ConsentAt);
    }

    [Fact]
    public async Task SelfIntake_ConsentRefused_NothingStoredNotEvenTheInvitation()
    {
        var statushouder = _fixture.Statushouder("sh-amir");
        await statushouder.SayAsync("code " + await _fixture.InviteAsync("Amir"));

        var end = await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["toestemming"] = "nee" });

        Assert.NotEmpty(end);
        await using var db = await _fixture.DbAsync();
        Assert.Empty(await db.Intakes.ToListAsync());
        Assert.Empty(await db.IntakeAnswers.ToListAsync());
        Assert.Empty(await db.Invitations.ToListAsync());
        Assert.Null(await statushouder.StateAsync());
    }

    [Fact]
    public void ConsentVersion_OtherLanguageOrOtherWords_Differs()
    {
        var zelf = _fixture.Host.Get<QuestionnaireCatalog>().Find("intake-zelf")!;

        var arabic = ConsentVersions.Of(zelf, "ar");
        var simple = ConsentVersions.Of(zelf, Language.SimpleDutch);

        Assert.NotEqual(arabic[^8..], simple[^8..]);
        Assert.StartsWith("intake-zelf v2 ar #", arabic, StringComparison.Ordinal);
    }

    /// <summary>What the issue asks the consent to say, in every language the self intake has.</summary>
    [Theory]
    [InlineData("nl-eenvoudig", "computer", "2 jaar")]
    [InlineData("nl", "chatbot", "2 jaar")]
    [InlineData("ar", "كمبيوتر", "سنتين")]
    [InlineData("tr", "bilgisayar", "2 yıl")]
    [InlineData("fa", "کامپیوتر", "۲ سال")]
    [InlineData("ku", "kompîter", "2 salan")]
    [InlineData("so", "kombiyuutar", "2 sano")]
    [InlineData("ti", "ኮምፒተር", "2 ዓመት")]
    public void SelfIntakeConsent_EveryLanguage_SaysBotPeriodRightsAndTranslation(string language, string bot, string period)
    {
        var zelf = _fixture.Host.Get<QuestionnaireCatalog>().Find("intake-zelf")!;

        var text = zelf.Find("toestemming_uitleg")!.Prompt.Values[language];

        Assert.Contains(bot, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(period, text, StringComparison.Ordinal);
        Assert.Contains("**inzage**", text, StringComparison.Ordinal);
        Assert.Contains("**verwijder**", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft", text, StringComparison.Ordinal);
        Assert.Contains("klantmanager", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ConsentPeriod_TwoYears_IsTheDefaultRetention() =>
        Assert.Equal(2 * 12, PrivacyOptions.DefaultRetentionMonths);

    [Fact]
    public void KlantmanagerIntakeConsent_ReadAloud_SaysTheSame()
    {
        var intake = _fixture.Host.Get<QuestionnaireCatalog>().Find("intake")!;

        var text = intake.Find("toestemming_uitleg")!.Prompt.Get(Language.Dutch)!;

        foreach (var part in new[] { "chatbot", "klantmanager", "jobcoach", "regisseur", "werkgever", "Azure OpenAI", "2 jaar", "verwijderen", "overslaan", "stoppen" })
            Assert.Contains(part, text, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();
}
