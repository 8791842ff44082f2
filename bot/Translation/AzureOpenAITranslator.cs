using System.ClientModel;
using System.Text.Json;
using Leerwerk.Bot.Knowledge.Generation;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// Translations by the Azure OpenAI chat model. Every failure gives no translation instead of an error:
/// the answer is saved anyway, the text stays in simple Dutch. The log says why, never with the text.
/// </summary>
internal sealed class AzureOpenAITranslator(IOptions<AzureOpenAIOptions> options, TimeProvider time, ILogger<AzureOpenAITranslator> logger)
    : IAnswerTranslator, ITextTranslator
{
    private readonly ChatClient _chat = AzureChatClient.Create(options.Value);
    private readonly TimeSpan _budget = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);

    public async Task<string?> ToDutchAsync(string text, string language, CancellationToken cancellationToken)
    {
        var translation = await CompleteAsync(TranslationPrompt.ToDutch(language), TranslationPrompt.Answer(text), json: false, cancellationToken);
        return string.IsNullOrWhiteSpace(translation) ? null : translation.Trim();
    }

    public async Task<IReadOnlyDictionary<string, string>> FromSimpleDutchAsync(IReadOnlyDictionary<string, string> texts, string language, CancellationToken cancellationToken)
    {
        if (texts.Count == 0) return new Dictionary<string, string>();
        var reply = await CompleteAsync(TranslationPrompt.FromSimpleDutch(language), TranslationPrompt.Texts(texts), json: true, cancellationToken);
        return reply is null ? new Dictionary<string, string>() : Parse(reply, texts);
    }

    private async Task<string?> CompleteAsync(string system, string user, bool json, CancellationToken cancellationToken)
    {
        // NetworkTimeout bounds one try; this bounds the user's wait, retries and their pauses included.
        using var deadline = new CancellationTokenSource(_budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(system), new UserChatMessage(user)];
            var settings = json ? new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() } : new ChatCompletionOptions();
            ChatCompletion completion = await _chat.CompleteChatAsync(messages, settings, linked.Token);
            if (completion.FinishReason != ChatFinishReason.Stop)
            {
                logger.LogWarning("Azure OpenAI stopped translating early ({FinishReason}); no translation", completion.FinishReason);
                return null;
            }

            return string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) // whatever goes wrong with the model, the intake goes on
        {
            logger.LogWarning("Azure OpenAI gave no translation ({Reason})", Reason(exception, deadline.IsCancellationRequested));
            return null;
        }
    }

    /// <summary>Only the keys asked for, each with a non-empty text; a reply that is no JSON object gives none.</summary>
    private Dictionary<string, string> Parse(string reply, IReadOnlyDictionary<string, string> asked)
    {
        var json = reply.Trim();
        // Some deployments wrap JSON in a Markdown code fence even when asked for a JSON object.
        if (json.StartsWith("```", StringComparison.Ordinal)) json = json.Trim('`').TrimStart("json".ToCharArray()).Trim();
        try
        {
            var translated = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
            return translated
                .Where(t => asked.ContainsKey(t.Key) && t.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.Value.GetString()))
                .ToDictionary(t => t.Key, t => t.Value.GetString()!.Trim());
        }
        catch (JsonException)
        {
            logger.LogWarning("Azure OpenAI translated texts but gave no JSON object; the texts stay in simple Dutch");
            return [];
        }
    }

    // The exception itself is not logged: a service error's message holds the response body.
    private static string Reason(Exception exception, bool pastDeadline) => exception switch
    {
        _ when pastDeadline => "timeout",
        OperationCanceledException => "timeout",
        AggregateException all when all.InnerExceptions.All(e => e is OperationCanceledException) => "timeout",
        ClientResultException { Status: 429 } => "throttled (429) after retries",
        ClientResultException result => $"HTTP {result.Status}",
        _ => exception.GetType().Name,
    };
}
