using System.ClientModel;
using System.ClientModel.Primitives;
using Azure;
using Azure.AI.OpenAI;
using Azure.Identity;
using Leerwerk.Knowledge.Search;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>
/// Has the Azure OpenAI chat model write the answer from the lessons found, and checks its citations.
/// Every failure gives null, so the user gets the extractive answer instead of an error; the log says
/// why, never with the question (it may hold personal details).
/// </summary>
internal sealed class AzureOpenAIAnswerWriter(IOptions<AzureOpenAIOptions> options, TimeProvider time, ILogger<AzureOpenAIAnswerWriter> logger) : IAnswerWriter
{
    private readonly ChatClient _chat = AzureChatClient.Create(options.Value);
    private readonly TimeSpan _budget = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);

    public async Task<WrittenAnswer?> WriteAsync(string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0) return null;
        // NetworkTimeout bounds one try; this bounds the user's wait, retries and their pauses included.
        using var deadline = new CancellationTokenSource(_budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(AnswerPrompt.System), new UserChatMessage(AnswerPrompt.User(question, hits))];
            ChatCompletion completion = await _chat.CompleteChatAsync(messages, cancellationToken: linked.Token);
            if (completion.FinishReason != ChatFinishReason.Stop)
            {
                logger.LogWarning("Azure OpenAI stopped early ({FinishReason}); extractive answer given", completion.FinishReason);
                return null;
            }

            var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
            var written = CitationMarkers.Resolve(text, hits);
            if (written is null) logger.LogInformation("Azure OpenAI answer cited none of the {Hits} lessons given; extractive answer given", hits.Count);
            return written;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) // whatever goes wrong with the model, the user still gets an answer
        {
            logger.LogWarning("Azure OpenAI gave no answer ({Reason}); extractive answer given", Reason(exception, deadline.IsCancellationRequested));
            return null;
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
        RequestFailedException failed => $"HTTP {failed.Status} {failed.ErrorCode}",
        _ => exception.GetType().Name,
    };

}
