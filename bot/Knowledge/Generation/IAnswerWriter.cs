using Leerwerk.Knowledge.Search;

namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>
/// Writes an answer from the retrieved lessons only (Azure OpenAI, when configured). Null means: give
/// the extractive answer instead (not configured, timeout, throttled, any error).
/// </summary>
internal interface IAnswerWriter
{
    Task<WrittenAnswer?> WriteAsync(string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken);
}
