using Leerwerk.Bot.Knowledge;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Terminal;

/// <summary>`knowledge eval`: hit@1, hit@5, MRR and how often it rightly says it does not know.</summary>
internal sealed class KnowledgeEvalCommand(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "eval"];

    public string Usage => "knowledge eval [--misses]   meet de zoekkwaliteit op knowledge/eval/questions.yaml";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Positional.FirstOrDefault() ?? Path.Combine(options.Value.Directory, "eval", "questions.yaml");
        var report = Evaluator.Run(knowledge, path);
        await output.WriteLineAsync(report.ToString());
        if (arguments.Flag("misses"))
        {
            foreach (var miss in report.Misses) await output.WriteLineAsync("  " + miss);
        }

        await output.WriteLineAsync(report.Meets() ? "Doelen gehaald (hit@5 >= 0.90, terecht niets gevonden >= 0.80)." : "Doelen niet gehaald (hit@5 >= 0.90, terecht niets gevonden >= 0.80).");
        return 0;
    }
}
