using Leerwerk.Bot.Knowledge;

namespace Leerwerk.Bot.Terminal;

internal sealed class KnowledgeRemoveCommand(ImportedDocuments imports) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "remove"];

    public string Usage => "knowledge remove <id>   verwijder een toegevoegd rapport";

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positional.FirstOrDefault() is not { } id)
        {
            await output.WriteLineAsync("gebruik: " + Usage);
            return 2;
        }

        var removed = await imports.RemoveAsync(id, cancellationToken);
        await output.WriteLineAsync(removed ? $"Verwijderd: {id}." : $"Geen rapport met id '{id}'. Zie: knowledge list");
        return removed ? 0 : 1;
    }
}
