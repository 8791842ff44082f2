using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Leerwerk.Bot.Tests.Hardening;

/// <summary>The bot as a real process (`dotnet Leerwerk.Bot.dll`) on a loopback port, to be killed like a crash would.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BotProcess> StartAsync(string databasePath)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Leerwerk.Bot.dll"), "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Privacy__KeysDirectory"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "keys");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, address);
        await bot.WaitHealthyAsync();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, exactly what a crash or an out-of-memory kill does.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        for (var i = 0; i < 150; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException("the bot process stopped during start-up");
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot process did not become healthy in 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
