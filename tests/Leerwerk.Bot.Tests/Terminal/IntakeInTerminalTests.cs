using Leerwerk.Bot.Terminal;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Terminal;

public sealed class IntakeInTerminalTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("intake", "Bilal", "De intake van Bilal is bewaard")]
    [InlineData("intake zelf", "Hana", "Je antwoorden zijn bewaard")]
    public async Task Chat_WholeIntake_CompletedAndSaved(string start, string name, string expected)
    {
        using var host = new BotHost(_database);
        _ = host.Server;
        var conversation = "terminal-" + name;
        var driver = new QuestionnaireDriver(host, conversation, "terminal-user", "console");
        var started = false;
        var input = new DrivenInput(async () =>
        {
            if (!started)
            {
                started = true;
                return start;
            }

            return await driver.NextAnswerAsync(new Dictionary<string, string> { ["roepnaam"] = name });
        });
        var chat = host.Services.GetServices<ICliCommand>().Single(c => c.Name[0] == "chat");
        using var output = new StringWriter();

        await chat.RunAsync(CliArguments.Parse(["--conversation", conversation]), input, output, CancellationToken.None);

        Assert.Contains(expected, output.ToString().Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        Assert.Equal(name, (await db.Intakes.SingleAsync()).ParticipantName);
    }

    [Fact]
    public async Task Chat_SelfServiceIntakeInArabic_CompletedAndSavedWithItsLanguage()
    {
        using var host = new BotHost(_database);
        _ = host.Server;
        var driver = new QuestionnaireDriver(host, "terminal-ar", "terminal-user", "console");
        var script = new Queue<string>(["taal ar", "intake zelf"]);
        var input = new DrivenInput(async () => script.Count > 0 ? script.Dequeue() : await driver.NextAnswerAsync(new Dictionary<string, string> { ["roepnaam"] = "Yasmin", ["achtergrond"] = "من حلب" }));
        var chat = host.Services.GetServices<ICliCommand>().Single(c => c.Name[0] == "chat");
        using var output = new StringWriter();

        await chat.RunAsync(CliArguments.Parse(["--conversation", "terminal-ar"]), input, output, CancellationToken.None);

        Assert.Contains("هل تسمح لنا", output.ToString(), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var intake = await StoredIntakes.SingleAsync(host);
        Assert.Equal("Yasmin", intake.ParticipantName);
        Assert.Equal("ar", intake.Answers.Single(a => a.StepId == "achtergrond").Language);
    }

    [Fact]
    public async Task FlowsCheck_ShippedQuestionnaires_InOrder()
    {
        using var host = new BotHost(_database);

        var (code, output) = await Cli.RunAsync(host, string.Empty, "flows", "check");

        Assert.Equal(0, code);
        Assert.Contains("ok  intake", output, StringComparison.Ordinal);
        Assert.Contains("Alle vragenlijsten zijn in orde", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlowsCheck_BrokenFile_ListsFileStepAndProblemAndFails()
    {
        var dialogs = Path.Combine(Path.GetDirectoryName(_database.Path)!, "dialogs");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs"), dialogs);
        var demo = Path.Combine(dialogs, "questionnaires", "demo", "questionnaire.yaml");
        await File.WriteAllTextAsync(demo, (await File.ReadAllTextAsync(demo)).Replace("kind: money", "kind: geld", StringComparison.Ordinal));
        var command = new FlowsCheckCommand(Microsoft.Extensions.Options.Options.Create(new Leerwerk.Bot.Hosting.DialogsOptions { Directory = dialogs }));
        using var output = new StringWriter();

        var code = await command.RunAsync(CliArguments.Parse([]), TextReader.Null, output, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("FOUT  demo/questionnaire.yaml, stap 'loon': `kind` 'geld' bestaat niet", output.ToString(), StringComparison.Ordinal);

        // The bot itself refuses to start on the same file, with the same message.
        using var host = new BotHost(_database, settings: new Dictionary<string, string?> { ["Dialogs:Directory"] = dialogs });
        var failure = Assert.ThrowsAny<Exception>(() => host.Server);
        Assert.Contains("'geld' bestaat niet", failure.ToString(), StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _database.Dispose();
}
