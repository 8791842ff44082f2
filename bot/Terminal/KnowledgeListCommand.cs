using System.Globalization;
using Leerwerk.Bot.Knowledge;

namespace Leerwerk.Bot.Terminal;

internal sealed class KnowledgeListCommand(ImportedDocuments imports) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "list"];

    public string Usage => "knowledge list   de rapporten die gebruikers hebben toegevoegd";

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var documents = await imports.ListAsync(cancellationToken);
        if (documents.Count == 0) await output.WriteLineAsync("Er zijn nog geen eigen rapporten toegevoegd.");
        foreach (var (document, passages) in documents)
            await output.WriteLineAsync($"{document.Id}  {document.Title}  ({document.FileName}, {passages} stukken, {document.ImportedAt.ToString("d-M-yyyy", CultureInfo.InvariantCulture)})");
        return 0;
    }
}
