using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class LogPrivacyTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Logs_WholeIntakesWithRecognisableAnswers_HoldNoNameAndNoAnswer()
    {
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        const string Name = "Zebulon Quaxwarth";
        const string Secret = "vluchtte-via-Lesbos-met-drie-kinderen";
        var klantmanager = new QuestionnaireDriver(host, "log-km", "km-log");
        await klantmanager.SayAsync("intake");
        await klantmanager.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = Name, ["levensfase_toen"] = Secret, ["thuissituatie"] = Secret });
        await klantmanager.SayAsync($"intake {Name}");
        var statushouder = new QuestionnaireDriver(host, "log-sh", "sh-log");
        await statushouder.SayAsync("intake zelf");
        await statushouder.AnswerAllAsync(new Dictionary<string, string> { ["roepnaam"] = Name, ["thuissituatie"] = Secret });

        var logs = host.Logs.All;

        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain("Zebulon", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quaxwarth", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Lesbos", logs, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _database.Dispose();
}
