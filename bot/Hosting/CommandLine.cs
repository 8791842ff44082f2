using Leerwerk.Bot.Storage;
using Leerwerk.Bot.Terminal;
using Leerwerk.Dialogs.Loading;

namespace Leerwerk.Bot.Hosting;

/// <summary>
/// `dotnet run --project bot` serves the bot; `dotnet run --project bot -- chat` (and the other
/// commands) run in the terminal with the same services, state store and adapter.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] CommandWords = ["chat", "flows", "ask", "knowledge", "kennis", "taal", "manifest"];

    public static bool IsCommand(string[] args) => args.Length > 0 && CommandWords.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddLeerwerkCommandLine(this IServiceCollection services)
    {
        services.AddSingleton<ICliCommand, ChatCommand>();
        services.AddSingleton<ICliCommand, FlowsCheckCommand>();
        services.AddSingleton<ICliCommand, AskCommand>();
        services.AddSingleton<ICliCommand, KnowledgeCheckCommand>();
        services.AddSingleton<ICliCommand, KnowledgeEvalCommand>();
        services.AddSingleton<ICliCommand, KnowledgeImportCommand>();
        services.AddSingleton<ICliCommand, KnowledgeListCommand>();
        services.AddSingleton<ICliCommand, KnowledgeRemoveCommand>();
        services.AddSingleton<ICliCommand, FeedbackListCommand>();
        return services;
    }

    public static async Task<int> RunLeerwerkAsync(this WebApplication app, string[] args)
    {
        if (!IsCommand(args))
        {
            await app.RunAsync();
            return 0;
        }

        var commands = app.Services.GetServices<ICliCommand>().ToList();
        var command = commands
            .Where(c => c.Name.Count <= args.Length && c.Name.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            .MaxBy(c => c.Name.Count);
        if (command is null)
        {
            await Console.Error.WriteLineAsync("Onbekend commando. Dit kan:\n" + string.Join('\n', commands.Select(c => "  " + c.Usage)));
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        try
        {
            // Commands use the services without starting the host, so they migrate themselves.
            if (command.NeedsDatabase) await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancel.Token);
            return await command.RunAsync(CliArguments.Parse(args.Skip(command.Name.Count)), Console.In, Console.Out, cancel.Token);
        }
        catch (QuestionnaireLoadException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
