using Leerwerk.Bot.Terminal;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Terminal;

public sealed class ChatCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Run_PipedLines_PrintsWelcomeAndEachReplyThenEnds()
    {
        using var host = new BotHost(_database);

        var output = await ChatAsync(host, "help\nzomaar iets\n", "--conversation", "piped-1");

        Assert.Contains("intake", output, StringComparison.Ordinal);
        Assert.Contains("Dat begrijp ik niet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NewConversation_StartsWithWelcome()
    {
        using var host = new BotHost(_database);

        var output = await ChatAsync(host, string.Empty);

        Assert.StartsWith("Hallo, ik ben Leerwerk", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SecondRunWithSameConversation_ResumesItsState()
    {
        using (var first = new BotHost(_database))
        {
            await ChatAsync(first, "help\n", "--conversation", "resume-me");
        }

        using var second = new BotHost(_database);
        await ChatAsync(second, "help\n", "--conversation", "resume-me");

        var state = (IDictionary<string, object>)(await second.Storage.ReadAsync(["console/conversations/resume-me"]))["console/conversations/resume-me"];
        Assert.Equal(2, ((Newtonsoft.Json.Linq.JObject)state["ConversationData"]).Value<int>("Turns"));
    }

    private static async Task<string> ChatAsync(BotHost host, string input, params string[] args)
    {
        _ = host.Server; // starts the host, which migrates the database
        var chat = host.Services.GetServices<ICliCommand>().Single(c => c.Name[0] == "chat");
        using var output = new StringWriter();
        var code = await chat.RunAsync(CliArguments.Parse(args), new StringReader(input), output, CancellationToken.None);
        Assert.Equal(0, code);
        return output.ToString();
    }

    public void Dispose() => _database.Dispose();
}
