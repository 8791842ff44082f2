using System.Globalization;
using Leerwerk.Bot.Hosting;
using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Readability;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Terminal;

/// <summary>
/// `taal check [map]`: every text a statushouder reads, with its Flesch–Douma score, its level and
/// the hard words in it. Exit code 1 when a text is above B1, so it can guard a pipeline.
/// </summary>
internal sealed class TaalCheckCommand(IOptions<DialogsOptions> options) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["taal", "check"];

    public string Usage => "taal check   leesbaarheid van alle teksten voor statushouders (A2/B1)";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var directory = arguments.Positional.FirstOrDefault() ?? options.Value.Directory;
        IReadOnlyList<ReadableText> texts;
        ReadabilityChecker checker;
        try
        {
            texts = StatushouderTexts.Load(directory);
            checker = ReadabilityChecker.Load(directory);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or QuestionnaireLoadException)
        {
            await output.WriteLineAsync($"FOUT  {e.Message}");
            return 1;
        }

        var rows = texts.Select(t => (t.Id, Report: checker.Check(t))).ToList();
        var width = Math.Max("tekst".Length, rows.Select(r => r.Id.Length).DefaultIfEmpty(0).Max());
        await output.WriteLineAsync($"{"tekst".PadRight(width)}  score  niveau    moeilijke woorden  waarom");
        foreach (var (id, report) in rows)
        {
            // A short text is judged by its words; its score would only mislead.
            var score = report.MeasuredAsWords ? "-" : Math.Round(report.FleschDouma).ToString(CultureInfo.InvariantCulture);
            var hard = report.HardWords.Count == 0 ? "-" : string.Join(", ", report.HardWords);
            var why = report.Level == ReadabilityLevel.A2 ? string.Empty : string.Join("; ", report.Reasons);
            await output.WriteLineAsync($"{id.PadRight(width)}  {score,5}  {Level(report.Level),-8}  {hard,-17}  {why}".TrimEnd());
        }

        var above = rows.Count(r => r.Report.Level == ReadabilityLevel.AboveB1);
        await output.WriteLineAsync(
            $"{rows.Count} teksten: {rows.Count(r => r.Report.Level == ReadabilityLevel.A2)} A2, " +
            $"{rows.Count(r => r.Report.Level == ReadabilityLevel.B1)} B1, {above} boven B1. (score - : korte tekst, per woord beoordeeld)");
        await output.WriteLineAsync(above == 0 ? "Alle teksten zijn B1 of eenvoudiger." : $"{above} tekst(en) zijn te moeilijk: herschrijf ze tot B1 of eenvoudiger.");
        return above == 0 ? 0 : 1;
    }

    private static string Level(ReadabilityLevel level) => level switch
    {
        ReadabilityLevel.A2 => "A2",
        ReadabilityLevel.B1 => "B1",
        _ => "boven B1",
    };
}
