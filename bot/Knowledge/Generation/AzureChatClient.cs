using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using OpenAI.Chat;

namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>
/// The one way to the configured Azure OpenAI deployment (key, or Entra ID without one), used by the
/// written answers and the translations alike.
/// </summary>
internal static class AzureChatClient
{
    public static ChatClient Create(AzureOpenAIOptions options)
    {
        var clientOptions = new AzureOpenAIClientOptions
        {
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
        };
        var endpoint = new Uri(options.Endpoint!);
        var client = string.IsNullOrWhiteSpace(options.Key)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.Key), clientOptions);
        return client.GetChatClient(options.Deployment);
    }
}
