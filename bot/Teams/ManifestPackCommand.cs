using Leerwerk.Bot.Terminal;

namespace Leerwerk.Bot.Teams;

/// <summary>`manifest pack --app-id ... --bot-id ...`: the zip to upload in Teams.</summary>
internal sealed class ManifestPackCommand : ICliCommand
{
    public IReadOnlyList<string> Name { get; } = ["manifest", "pack"];

    public string Usage => "manifest pack --app-id <guid> --bot-id <guid> [--domain <host>] [--out <pad>]   maak het Teams-app-pakket";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(CliArguments arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var (request, errors) = PackRequest.Parse(arguments, Environment.CurrentDirectory);
        if (request is null)
        {
            foreach (var error in errors) await output.WriteLineAsync(error);
            await output.WriteLineAsync("gebruik: " + Usage);
            return 2;
        }

        try
        {
            TeamsPackage.Write(ManifestFiles.BesideBot, request);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            await output.WriteLineAsync($"Het pakket is niet gemaakt: {e.Message} Bouw de bot opnieuw (dotnet build bot).");
            return 1;
        }

        await output.WriteLineAsync($"Teams-app-pakket geschreven: {request.OutputPath}");
        if (request.Domain == PackRequest.ExampleDomain)
            await output.WriteLineAsync($"Let op: zonder --domain wijzen de links naar {PackRequest.ExampleDomain}.");
        await output.WriteLineAsync("Uploaden: Teams > Apps > Apps beheren > Een app uploaden.");
        return 0;
    }
}
