using System.Text.Json;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Answers;

namespace Leerwerk.Bot.Terminal;

/// <summary>
/// `ask "vraag" [--json]`: an answer from the reports. Without a question, `ask --json` reads one
/// question per line and writes one JSON object per line, so a list of questions is checked in one run.
/// </summary>
internal sealed class AskCommand(KnowledgeBase knowledge) : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public IReadOnlyList<string> Name { get; } = ["ask"];

    public string Usage => "ask \"<vraag>\" [--json]   antwoord uit de rapporten, met bron";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var json = arguments.Flag("json");
        if (arguments.Positional.Count > 0)
        {
            await WriteAsync(knowledge.Answer(string.Join(' ', arguments.Positional)), json, output);
            return 0;
        }

        if (!json)
        {
            await Console.Error.WriteLineAsync("gebruik: " + Usage);
            return 2;
        }

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line)) await WriteAsync(knowledge.Answer(line.Trim()), json: true, output);
        }

        return 0;
    }

    private static async Task WriteAsync(KnowledgeAnswer answer, bool json, TextWriter output)
    {
        if (!json)
        {
            await output.WriteLineAsync(answer.Text.Replace("**", string.Empty, StringComparison.Ordinal));
            return;
        }

        var document = new
        {
            question = answer.Question,
            answer = answer.Text,
            found = answer.Found,
            hits = answer.Hits.Take(5).Select(h => new
            {
                id = h.Id, title = h.Title, report = h.ReportId ?? h.SourceTitle, section = h.Section,
                lines = h.Lines.Select(l => new[] { l.Start, l.End }), score = Math.Round(h.Score, 3),
            }),
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(document, Json));
    }
}
