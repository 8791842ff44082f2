using System.Globalization;
using Leerwerk.Bot.Knowledge;

namespace Leerwerk.Bot.Terminal;

/// <summary>`kennis feedback`: how users rated answers, newest first, for whoever maintains the lessons.</summary>
internal sealed class FeedbackListCommand(FeedbackStore feedback) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["kennis", "feedback"];

    public string Usage => "kennis feedback   beoordelingen van antwoorden (nuttig / niet nuttig)";

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var all = await feedback.ListAsync(cancellationToken);
        await output.WriteLineAsync($"{all.Count} beoordelingen: {all.Count(f => f.Helpful)} nuttig, {all.Count(f => !f.Helpful)} niet nuttig.");
        foreach (var f in all)
        {
            var comment = string.IsNullOrWhiteSpace(f.Comment) ? string.Empty : $" — \"{f.Comment}\"";
            await output.WriteLineAsync($"{f.At.ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture)}  {(f.Helpful ? "👍" : "👎")}  {f.Question}  [{f.HitIds}] ({f.Channel}){comment}");
        }

        return 0;
    }
}
