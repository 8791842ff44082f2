using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

/// <summary>
/// Azure OpenAI's chat completions endpoint on 127.0.0.1, called by the real SDK: it records each
/// request and answers as the test says.
/// </summary>
public sealed class FakeAzureOpenAI : IAsyncDisposable
{
    public const string Deployment = "leerwerk-test";
    public const string Key = "test-key";

    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private readonly WebApplication _app;

    private FakeAzureOpenAI()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.Run(HandleAsync);
    }

    /// <summary>How to answer a request; by default a sentence citing the first lesson given.</summary>
    public Func<FakeChatRequest, FakeChatResponse> Respond { get; set; } = r => FakeChatResponse.Text($"Bel de werkgever elke twee weken [{r.LessonIds[0]}].");

    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    public string Endpoint => _app.Urls.Single();

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var fake = new FakeAzureOpenAI();
        await fake._app.StartAsync();
        return fake;
    }

    /// <summary>The bot's settings for this server.</summary>
    public Dictionary<string, string?> Settings(int timeoutSeconds = 10, int maxRetries = 2) => new()
    {
        ["AzureOpenAI:Endpoint"] = Endpoint,
        ["AzureOpenAI:Key"] = Key,
        ["AzureOpenAI:Deployment"] = Deployment,
        ["AzureOpenAI:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["AzureOpenAI:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) ?? new JsonObject();
        var request = FakeChatRequest.From(context.Request, body, _requests.Count + 1);
        _requests.Enqueue(request);
        var response = Respond(request);
        try
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // the client gave up
        }

        context.Response.StatusCode = response.Status;
        if (response.Status == StatusCodes.Status429TooManyRequests) context.Response.Headers.RetryAfter = "0";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Json(), context.RequestAborted);
    }
}
