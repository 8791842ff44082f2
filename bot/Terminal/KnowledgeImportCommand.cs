using Leerwerk.Bot.Knowledge;

namespace Leerwerk.Bot.Terminal;

/// <summary>`knowledge import &lt;file&gt; --title "..."`: a text, Markdown or PDF report, split, stored and indexed.</summary>
internal sealed class KnowledgeImportCommand(ImportedDocuments imports) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "import"];

    public string Usage => "knowledge import <bestand> --title \"<titel>\"   voeg een eigen rapport toe (txt, md, pdf)";

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positional.FirstOrDefault() is not { } path || arguments.Option("title") is not { Length: > 0 } title)
        {
            await output.WriteLineAsync("gebruik: " + Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Het bestand '{path}' bestaat niet.");
            return 1;
        }

        var document = await imports.ImportAsync(path, title, cancellationToken);
        await output.WriteLineAsync($"Toegevoegd: '{document.Title}' (id {document.Id}) in {document.Passages.Count} stukken. Verwijderen: knowledge remove {document.Id}");
        return 0;
    }
}
