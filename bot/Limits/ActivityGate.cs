using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Limits;

/// <summary>
/// Refuses with 400 what is not an activity the adapter can answer (no type, conversation or service
/// URL): the Bot Framework SDK would otherwise fail on it with a 500 and a stack trace in the log.
/// </summary>
internal static class ActivityGate
{
    public static async Task CheckAsync(HttpContext context, Func<Task> next)
    {
        context.Request.EnableBuffering();
        var problem = await ProblemAsync(context.Request.Body, context.RequestAborted);
        context.Request.Body.Position = 0;
        if (problem is null)
        {
            await next();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync(problem, context.RequestAborted);
    }

    private static async Task<string?> ProblemAsync(Stream body, CancellationToken cancellationToken)
    {
        JToken token;
        try
        {
            using var reader = new StreamReader(body, leaveOpen: true);
            token = JToken.Parse(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (JsonException)
        {
            return "The body is not JSON.";
        }

        if (token is not JObject activity) return "The body is not an activity.";
        if (activity["type"]?.Type != JTokenType.String) return "The activity has no type.";
        if (activity["serviceUrl"]?.Type != JTokenType.String) return "The activity has no serviceUrl.";
        if ((activity["conversation"] as JObject)?["id"]?.Type != JTokenType.String) return "The activity has no conversation id.";
        return null;
    }
}
