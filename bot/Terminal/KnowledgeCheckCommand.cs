using Leerwerk.Bot.Knowledge;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Reports;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Terminal;

/// <summary>`knowledge check`: every lesson file checked (with line ranges when the reports are at hand).</summary>
internal sealed class KnowledgeCheckCommand(IOptions<KnowledgeOptions> options) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "check"];

    public string Usage => "knowledge check   controleer alle lessen";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var seeds = options.Value.SeedsDirectory ?? SeedFiles.Find(Directory.GetCurrentDirectory()) ?? SeedFiles.Find(AppContext.BaseDirectory);
        var result = KnowledgeBase.Check(options.Value.Directory, seeds);
        foreach (var error in result.Errors) await output.WriteLineAsync($"FOUT  {error}");
        var perReport = result.Lessons.GroupBy(l => l.ReportId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        await output.WriteLineAsync($"{result.Lessons.Count} lessen ({string.Join(", ", perReport)}); regelnummers {(seeds is null ? "niet gecontroleerd (rapporten niet gevonden)" : "gecontroleerd")}.");
        await output.WriteLineAsync(result.Errors.Count == 0 ? "Alle lessen zijn in orde." : $"{result.Errors.Count} fout(en) gevonden.");
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
