using Leerwerk.Bot.Adapter;
using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Limits;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BotCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<BotCredentials>, BotCredentialsValidation>();
        services.AddHttpClient();
        // Empty MicrosoftAppId/MicrosoftAppPassword: local mode, no authentication (terminal, tests).
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<LeerwerkAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<LeerwerkAdapter>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<LanguageSwitch>();
        services.AddLeerwerkLimits();
        services.AddSingleton<Rendering.ReplyRenderer>();
        services.AddTransient<LeerwerkBot>();
        services.AddTransient<Echo.EchoBot>();
        // The echo floor of the benchmark swaps only the bot: host, adapter, middleware and limits stay.
        services.AddTransient<IBot>(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.IsEcho
            ? sp.GetRequiredService<Echo.EchoBot>() : sp.GetRequiredService<LeerwerkBot>());
        return services;
    }

    public static WebApplication MapLeerwerkBot(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/messages") || c.Request.Path.StartsWithSegments("/v3/directline"),
            branch => branch.Use(RequestLimits.LimitBodyAsync));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/messages") && HttpMethods.IsPost(c.Request.Method), branch => branch.Use(ActivityGate.CheckAsync));
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken))
            .RequireRateLimiting(RequestLimits.PerAddress);
        return app;
    }
}
