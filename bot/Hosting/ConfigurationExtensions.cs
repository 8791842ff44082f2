using Microsoft.Extensions.Configuration.Json;

namespace Leerwerk.Bot.Hosting;

internal static class ConfigurationExtensions
{
    public static WebApplicationBuilder AddLeerwerkConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        // appsettings.json lives at the repository root; its copy beside the binary is the lowest
        // layer, so the bot reads it from any directory and the usual layers still override it.
        var besideBinary = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        besideBinary.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, besideBinary);
        var environmentBesideBinary = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, $"appsettings.{builder.Environment.EnvironmentName}.json"),
            Optional = true,
        };
        environmentBesideBinary.ResolveFileProvider();
        builder.Configuration.Sources.Insert(1, environmentBesideBinary);
        if (CommandLine.IsCommand(args))
        {
            // In the terminal, stdout is the conversation: logs go to stderr, and only warnings.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        }

        return builder;
    }
}
