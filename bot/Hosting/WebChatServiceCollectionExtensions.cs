using System.IO.Compression;
using Leerwerk.Bot.DirectLine;
using Leerwerk.Bot.WebChat;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class WebChatServiceCollectionExtensions
{
    /// <summary>The Web Chat page, its token endpoint, and the bot's own Direct Line.</summary>
    public static IServiceCollection AddLeerwerkWebChat(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidation>();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineSwitch>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineTurns>();
        services.AddHttpClient<AzureDirectLineClient>();
        services.AddTransient<WebChatTokens>();
        services.AddSingleton<IHealthFact, WebChatHealth>();
        // The Web Chat bundle is a few MB; compressed it is a quarter of that, which counts on a phone.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }
}
