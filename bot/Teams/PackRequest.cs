using System.Text.RegularExpressions;
using Leerwerk.Bot.Terminal;

namespace Leerwerk.Bot.Teams;

/// <summary>What `manifest pack` fills in, checked before anything is written.</summary>
internal sealed partial record PackRequest(Guid AppId, Guid BotId, string Domain, string OutputPath)
{
    public const string FileName = "leerwerk-teams.zip";

    /// <summary>A reserved example domain: a package made without --domain shows that it is not real.</summary>
    public const string ExampleDomain = "leerwerk.example.org";

    private static readonly string[] Known = ["app-id", "bot-id", "domain", "out"];

    public static (PackRequest? Request, IReadOnlyList<string> Errors) Parse(CliArguments arguments, string currentDirectory)
    {
        var errors = new List<string>();
        errors.AddRange(arguments.Options.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)).Select(k => $"Onbekende optie --{k}."));
        errors.AddRange(arguments.Positional.Select(p => $"Onverwacht woord '{p}'."));
        errors.AddRange(arguments.Options.Where(o => o.Value is null).Select(o => $"--{o.Key} heeft geen waarde."));
        var appId = ParseGuid(arguments, "app-id", "de id van de Teams-app: een eigen GUID, of dezelfde als --bot-id", errors);
        var botId = ParseGuid(arguments, "bot-id", "de Microsoft App ID van de Azure Bot (MicrosoftAppId)", errors);
        var domain = arguments.Option("domain") ?? ExampleDomain;
        if (!DomainName().IsMatch(domain))
            errors.Add($"--domain '{domain}' is geen geldige domeinnaam. Geef alleen de hostnaam, zoals leerwerk.gemeente.nl, zonder https:// of pad.");

        var output = Path.GetFullPath(arguments.Option("out") ?? FileName, currentDirectory);
        if (Directory.Exists(output) || Path.EndsInDirectorySeparator(output)) output = Path.Combine(output, FileName);
        return errors.Count == 0 ? (new PackRequest(appId, botId, domain.ToLowerInvariant(), output), errors) : (null, errors);
    }

    private static Guid ParseGuid(CliArguments arguments, string name, string meaning, List<string> errors)
    {
        if (!arguments.Flag(name))
        {
            errors.Add($"--{name} ontbreekt: {meaning}.");
            return Guid.Empty;
        }

        // Without a value it is already reported as "heeft geen waarde".
        if (arguments.Option(name) is not { } value) return Guid.Empty;
        if (Guid.TryParseExact(value, "D", out var id) && id != Guid.Empty) return id;
        errors.Add($"--{name} '{value}' is geen geldige GUID. Verwacht de vorm 00000000-0000-0000-0000-000000000000 ({meaning}).");
        return Guid.Empty;
    }

    // Host names as Teams takes them in validDomains and links: labels of letters, digits and inner
    // hyphens, at least one dot; no scheme, port, path or wildcard.
    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();
}
