using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>
/// The `AzureOpenAI` section of appsettings.json. Optional: without Endpoint and Deployment the answers
/// stay extractive. Without Key the bot signs in with Entra ID (DefaultAzureCredential).
/// </summary>
internal sealed record AzureOpenAIOptions : IValidatableObject
{
    public const string Section = "AzureOpenAI";

    /// <summary>The resource, e.g. https://my-resource.openai.azure.com/.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The API key; empty means Entra ID (managed identity, `az login`, ...).</summary>
    public string? Key { get; init; }

    /// <summary>The name of the chat model deployment.</summary>
    public string? Deployment { get; init; }

    /// <summary>The longest a user waits for the model, retries included; then the extractive answer.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; init; } = 10;

    /// <summary>Retries after throttling (429) or a passing server error.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; init; } = 2;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Half a configuration is a mistake, not a choice for extractive answers: say so at start.
        if (string.IsNullOrWhiteSpace(Endpoint) != string.IsNullOrWhiteSpace(Deployment))
            yield return new ValidationResult("AzureOpenAI:Endpoint and AzureOpenAI:Deployment are set together or not at all.", [nameof(Endpoint), nameof(Deployment)]);
        if (string.IsNullOrWhiteSpace(Endpoint)) yield break;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
            // The key and the users' questions never travel unencrypted; plain http only to this machine (tests).
            yield return new ValidationResult("AzureOpenAI:Endpoint must be an https address.", [nameof(Endpoint)]);
    }
}
