using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// The part of Direct Line 3.0 that Web Chat uses, served by the bot itself: tokens, start, send and
/// poll (no web socket). Every call but opening a conversation needs the conversation's token.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    /// <summary>Web Chat sends short texts and small events; the bot refuses long messages anyway.</summary>
    private const int MaxActivityBytes = 256 * 1024;

    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static IEndpointRouteBuilder MapLeerwerkDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", SendAsync);
        group.MapGet("/conversations/{conversationId}/activities", Receive);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAccess access)
    {
        var bearer = BearerToken.Of(request);
        if (!access.MayOpen(bearer)) return SecretRequired(bearer);
        var grant = access.Open(access.IsSecret(bearer) ? await RequestedUserIdAsync(request) : null);
        return Results.Json(DirectLineConversationResponse.From(grant, access.Now));
    }

    private static IResult Refresh(HttpRequest request, DirectLineAccess access)
    {
        var check = access.Check(BearerToken.Of(request), null);
        return check.Failure ?? Results.Json(DirectLineConversationResponse.From(access.Refresh(check.Conversation!), access.Now));
    }

    /// <summary>With a token: starts its conversation. With the secret: opens a new one. Either way the bot greets, once.</summary>
    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineAccess access, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        var bearer = BearerToken.Of(request);
        var check = access.IsSecret(bearer) ? access.Check(access.Open(await RequestedUserIdAsync(request)).Token, null) : access.Check(bearer, null);
        if (check.Failure is { } failure) return failure;
        await turns.StartAsync(check.Conversation!, ServiceUrl(request), cancellationToken);
        return Results.Json(DirectLineConversationResponse.From(check.Grant!, access.Now), statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineAccess access)
    {
        var check = access.Check(BearerToken.Of(request), conversationId);
        return check.Failure ?? Results.Json(DirectLineConversationResponse.From(check.Grant!, access.Now));
    }

    private static async Task<IResult> SendAsync(string conversationId, HttpRequest request, DirectLineAccess access, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        var check = access.Check(BearerToken.Of(request), conversationId);
        if (check.Failure is { } failure) return failure;
        if (request.ContentLength > MaxActivityBytes) return DirectLineCheck.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", "The activity is too large.");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxActivityBytes;

        Activity? activity;
        try
        {
            using var reader = new StreamReader(request.Body);
            activity = DirectLineJson.Deserialize<Activity>(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            activity = null;
        }

        if (activity is null || !AcceptedTypes.Contains(activity.Type ?? ActivityTypes.Message))
            return DirectLineCheck.Error(StatusCodes.Status400BadRequest, "BadArgument", "Expected a message, event or typing activity.");
        var id = await turns.PostAsync(check.Conversation!, activity, ServiceUrl(request), cancellationToken);
        return Results.Json(new { id });
    }

    private static IResult Receive(string conversationId, string? watermark, HttpRequest request, DirectLineAccess access)
    {
        var check = access.Check(BearerToken.Of(request), conversationId);
        if (check.Failure is { } failure) return failure;
        var from = int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var (activities, next) = check.Conversation!.Since(from);
        return DirectLineJson.Result(new { activities, watermark = next.ToString(CultureInfo.InvariantCulture) });
    }

    private static IResult SecretRequired(string? bearer) => string.IsNullOrEmpty(bearer)
        ? DirectLineCheck.Error(StatusCodes.Status401Unauthorized, "MissingSecret", "Authorization: Bearer <Direct Line secret> is required.")
        : DirectLineCheck.Error(StatusCodes.Status403Forbidden, "BadSecret", "The Direct Line secret is not valid.");

    /// <summary>`{"user": {"id": "dl_..."}}`: a server that holds the secret may name its user, as with Azure.</summary>
    private static async Task<string?> RequestedUserIdAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 || request.ContentLength > MaxActivityBytes) return null;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Uri ServiceUrl(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");
}
