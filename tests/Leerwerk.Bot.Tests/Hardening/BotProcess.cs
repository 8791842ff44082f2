using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Activity = Microsoft.Bot.Schema.Activity;

namespace Leerwerk.Bot.Tests.Hardening;

/// <summary>
/// The bot as a real process (`dotnet Leerwerk.Bot.dll`) on a loopback port, on a test's database (SQLite
/// or PostgreSQL): to be killed like a crash would, or started twice as two instances of one bot.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote to stdout and stderr, to show when a test fails.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<BotProcess> StartAsync(TempDatabase database, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Leerwerk.Bot.dll"), "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = database.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__Provider"] = database.Provider;
        start.Environment["Storage__ConnectionString"] = database.ConnectionString;
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Privacy__KeysDirectory"] = database.KeysDirectory;
        // Tests answer whole questionnaires in seconds, as BotHost allows too.
        start.Environment["Limits__MessagesPerMinutePerUser"] = "10000";
        start.Environment["Limits__RequestsPerMinutePerAddress"] = "100000";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var bot = new BotProcess(process, address);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitHealthyAsync();
        return bot;
    }

    /// <summary>POSTs a real activity to /api/messages with deliveryMode expectReplies, as BotHost does in memory.</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        using var client = new HttpClient { BaseAddress = Address };
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return [.. JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities];
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
            if (_process.HasExited) throw new InvalidOperationException($"the bot process stopped during start-up:\n{Output}");
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

        throw new TimeoutException($"the bot process did not become healthy in 30 s:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
