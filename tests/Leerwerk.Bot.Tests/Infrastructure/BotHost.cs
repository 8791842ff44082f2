using Leerwerk.Bot.Adapter;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>
/// The real bot host in memory, on a real database (<see cref="TempDatabase"/>: a SQLite file or a
/// PostgreSQL database). Two hosts on one database are two restarts (or two instances) of the same bot.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? _configure;
    private readonly Dictionary<string, string?> _settings;

    public BotHost(TempDatabase database, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        _configure = configure;
        // Tests answer whole questionnaires in seconds: the per-user and per-address limits are raised
        // unless a test sets them itself.
        _settings = new() { ["Limits:MessagesPerMinutePerUser"] = "10000", ["Limits:RequestsPerMinutePerAddress"] = "100000" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        // Feature tests run as on a developer's machine, where everyone has every role; the access tests
        // (tests/.../Access) switch this off and give people roles.
        if (_settings.GetValueOrDefault("environment") != "Production") _settings.TryAdd("Access:Open", "true");
        _settings["Storage:Provider"] = database.Provider;
        _settings["Storage:ConnectionString"] = database.ConnectionString;
        // The keys live beside the test's database: a second host on the same database (a restart) reads them.
        _settings.TryAdd("Privacy:KeysDirectory", database.KeysDirectory);
    }

    public TempDatabase Database { get; }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => _configure?.Invoke(services));
    }

    /// <summary>POSTs a real activity to /api/messages with deliveryMode expectReplies.</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        using var client = CreateClient();
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(activity);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        var replies = Newtonsoft.Json.JsonConvert.DeserializeObject<ExpectedReplies>(body);
        return [.. replies?.Activities ?? []];
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    internal LeerwerkAdapter Adapter => Get<LeerwerkAdapter>();

    internal IStorage Storage => Get<IStorage>();
}
