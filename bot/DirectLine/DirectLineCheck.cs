namespace Leerwerk.Bot.DirectLine;

/// <summary>The outcome of checking a token: the conversation it opens, or the error to answer.</summary>
internal sealed record DirectLineCheck(DirectLineConversation? Conversation, DirectLineGrant? Grant, IResult? Failure)
{
    public static DirectLineCheck Fail(int status, string code, string message) => new(null, null, Error(status, code, message));

    /// <summary>Direct Line's error body: `{"error": {"code", "message"}}`.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
