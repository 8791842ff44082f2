using Leerwerk.Bot.Adapter;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Terminal;

/// <summary>
/// `chat`: the bot in the terminal, through the same adapter, bot and state store as HTTP. Piped
/// input is read one message per line, each reply printed, and the command ends with the input.
/// </summary>
internal sealed class ChatCommand(LeerwerkAdapter adapter, IBot bot, TimeProvider time) : ICliCommand
{
    public const string ChannelId = "console";

    public IReadOnlyList<string> Name { get; } = ["chat"];

    public string Usage => "chat [--conversation ID] [--user ID]   praat met de bot in de terminal";

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected;
        var resumed = arguments.Option("conversation") is not null;
        var conversation = new TerminalConversation(
            arguments.Option("conversation") ?? "terminal-" + Guid.NewGuid().ToString("N")[..12],
            arguments.Option("user") ?? "terminal-user");
        var notes = interactive ? output : Console.Error;
        await notes.WriteLineAsync($"(gesprek {conversation.Id}: ga later verder met --conversation {conversation.Id}; stoppen met Ctrl+D)");

        if (!resumed) await PrintAsync(await SendAsync(conversation.MembersAdded(time), cancellationToken), output);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            await PrintAsync(await SendAsync(conversation.Message(line, time), cancellationToken), output);
        }

        return 0;
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var response = await adapter.ProcessLocalAsync(activity, bot.OnTurnAsync, cancellationToken);
        return response?.Body is ExpectedReplies replies ? [.. replies.Activities] : [];
    }

    private static async Task PrintAsync(IReadOnlyList<Activity> replies, TextWriter output)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync(TerminalRendering.Render(reply));
            await output.WriteLineAsync();
        }

        await output.FlushAsync();
    }
}
