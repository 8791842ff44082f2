using Leerwerk.Bot.Hosting;
using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Texts;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Terminal;

/// <summary>`flows check`: every questionnaire file checked, every error with file and step.</summary>
internal sealed class FlowsCheckCommand(IOptions<DialogsOptions> options) : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["flows", "check"];

    public string Usage => "flows check   controleer alle vragenlijsten";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var directory = arguments.Positional.FirstOrDefault() ?? options.Value.Directory;
        var (questionnaires, errors) = QuestionnaireLoader.Load(Path.Combine(directory, "questionnaires"));
        var textErrors = new List<string>();
        try
        {
            TextCatalogLoader.Load(Path.Combine(directory, "texts"));
        }
        catch (InvalidDataException e)
        {
            textErrors.Add(e.Message);
        }

        foreach (var q in questionnaires)
            await output.WriteLineAsync($"ok  {q.Id} (versie {q.Version}, {q.Questions.Count()} vragen, {q.Audience})");
        foreach (var error in errors) await output.WriteLineAsync($"FOUT  {error}");
        foreach (var error in textErrors) await output.WriteLineAsync($"FOUT  {error}");
        var total = errors.Count + textErrors.Count;
        await output.WriteLineAsync(total == 0 ? "Alle vragenlijsten zijn in orde." : $"{total} fout(en) gevonden.");
        return total == 0 ? 0 : 1;
    }
}
