using System.Text.Json.Nodes;
using Json.Schema;

namespace Leerwerk.Bot.Tests.Teams;

/// <summary>
/// The Teams schemas from shared/schemas/teams (beside the repository checkout), ready for JsonSchema.Net.
/// </summary>
/// <remarks>
/// They declare draft-04, which JsonSchema.Net does not implement. Draft-07 reads the same keywords the
/// same way except boolean exclusiveMinimum/exclusiveMaximum and "id"; <see cref="Load"/> checks that
/// neither occurs and then evaluates the schema as draft-07. Every $ref is local ("#/..."), also checked,
/// so nothing is fetched: the tests run offline.
/// </remarks>
internal static class TeamsSchemas
{
    public const string Manifest = "MicrosoftTeams.schema.json";
    public const string Localization = "MicrosoftTeams.Localization.schema.json";

    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    public static string Folder { get; } = FindFolder();

    public static JsonSchema Load(string fileName)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))!.AsObject();
        if (Draft04Only(root) is { } problem) throw new InvalidOperationException($"{fileName}: {problem}; it cannot be read as draft-07");
        root["$schema"] = Draft07;
        return JsonSchema.FromText(root.ToJsonString());
    }

    public static EvaluationResults Evaluate(JsonSchema schema, JsonNode instance) =>
        schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    /// <summary>The errors with where they are, for an assertion message.</summary>
    public static string Describe(EvaluationResults results) => string.Join('\n',
        (results.Details.Count > 0 ? results.Details : [results])
            .Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));

    private static string? Draft04Only(JsonNode? node) => node switch
    {
        JsonObject o when o.Any(p => p.Key is "exclusiveMinimum" or "exclusiveMaximum" && p.Value is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
            => "boolean exclusiveMinimum/exclusiveMaximum",
        JsonObject o when o["id"] is JsonValue { } id && id.GetValueKind() == System.Text.Json.JsonValueKind.String => "\"id\" as a schema identifier",
        JsonObject o when o["$ref"] is JsonValue { } r && !r.GetValue<string>().StartsWith('#') => $"remote $ref {r}",
        JsonObject o => o.Select(p => Draft04Only(p.Value)).FirstOrDefault(p => p is not null),
        JsonArray a => a.Select(Draft04Only).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "schemas", "teams");
            if (Directory.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException($"no shared/schemas/teams above {AppContext.BaseDirectory}");
    }
}
