using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Leerwerk.Bench.Load.Protocol;
using Leerwerk.Bench.Load.Running;
using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Hosting;

/// <summary>The bot as its own process (`dotnet Leerwerk.Bot.dll`) on a loopback port, as it runs in production.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly long _started;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process, long started, Uri address)
    {
        _process = process;
        _started = started;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static BotProcess Start(string dataDirectory, bool echo = false)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [BotBinary.Path, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in BotSettings.For(dataDirectory, echo)) start.Environment[key] = value;
        var started = Stopwatch.GetTimestamp();
        return new BotProcess(Process.Start(start)!, started, address);
    }

    /// <summary>Sends a message until the bot answers it: the time from process start to that answer.</summary>
    public async Task<TimeSpan> WaitForFirstAnswerAsync(HttpClient http, TimeSpan timeout)
    {
        var user = new BenchUser(0, "startup");
        var messages = new Uri(Address, "api/messages");
        while (Stopwatch.GetElapsedTime(_started) < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException("the bot stopped during start-up:\n" + Output());
            try
            {
                using var content = new StringContent(ActivityJson.Message(user, "startup", Outgoing.Typed("hallo")), System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(messages, content);
                if (response.IsSuccessStatusCode && BotReplies.Parse(await response.Content.ReadAsByteArrayAsync()).Texts.Count > 0)
                    return Stopwatch.GetElapsedTime(_started);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"the bot did not answer within {timeout.TotalSeconds} s:\n" + Output());
    }

    public ProcessMemory? Memory() => ProcessMemory.Read(Pid);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 40) _output.TryDequeue(out _);
    }

    private string Output() => string.Join("\n", _output);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
