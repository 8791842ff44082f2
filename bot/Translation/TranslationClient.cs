using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Leerwerk.Bot.Knowledge.Generation;
using OpenAI.Chat;

namespace Leerwerk.Bot.Translation;

/// <summary>The chat client for translations: the same `AzureOpenAI` resource and deployment as the written answers.</summary>
internal static class TranslationClient
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
