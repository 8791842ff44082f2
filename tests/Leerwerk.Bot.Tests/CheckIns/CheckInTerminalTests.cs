using Leerwerk.Bot.Terminal;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.CheckIns;

public sealed class CheckInTerminalTests : IDisposable
{
    private readonly CheckInFixture _fixture = new();

    [Fact]
    public async Task Chat_QuickLogInThreeLines_Saved()
    {
        await _fixture.SeedAsync();
        var output = await ChatAsync(new StringReader("checkin Amir: werkplekbezoek, vervoer blijft lastig, volgende keer over 2 weken\nnee\nja\n"));

        Assert.Contains("Check-in voor Amir opgeslagen", output, StringComparison.Ordinal);
        Assert.Single(await _fixture.CheckInsAsync());
    }

    [Fact]
    public async Task Chat_FullCheckIn_StepByStep_Saved()
    {
        await _fixture.SeedAsync();
        var driver = new QuestionnaireDriver(_fixture.Host, "terminal-jc", "jobcoach-1", "console");
        var started = false;
        var input = new DrivenInput(async () =>
        {
            if (started) return await driver.NextAnswerAsync(new Dictionary<string, string> { ["deelnemer"] = "Sara", ["datum"] = "vandaag", ["volgende"] = "over 2 weken" });
            started = true;
            return "checkin";
        });

        var output = await ChatAsync(input);

        Assert.Contains("Check-in voor Sara opgeslagen", output, StringComparison.Ordinal);
    }

    private async Task<string> ChatAsync(TextReader input)
    {
        var chat = _fixture.Host.Services.GetServices<ICliCommand>().Single(c => c.Name[0] == "chat");
        using var output = new StringWriter();
        await chat.RunAsync(CliArguments.Parse(["--conversation", "terminal-jc", "--user", "jobcoach-1"]), input, output, CancellationToken.None);
        return output.ToString().Replace("**", string.Empty, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();
}
