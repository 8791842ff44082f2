namespace Leerwerk.Bot.Terminal;

/// <summary>A `dotnet run --project bot -- &lt;name&gt; ...` command.</summary>
internal interface ICliCommand
{
    /// <summary>The words that select it, for example ["chat"] or ["flows", "check"].</summary>
    IReadOnlyList<string> Name { get; }

    string Usage { get; }

    /// <summary>Checking files needs no database, and must work where none can be made.</summary>
    bool NeedsDatabase => true;

    Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken);
}
