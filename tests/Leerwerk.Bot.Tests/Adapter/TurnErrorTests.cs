using Leerwerk.Bot.Storage;
using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Adapter;

public sealed class TurnErrorTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Turn_StorageFails_UserToldAnswersKeptAndLogHasConversationButNoText()
    {
        var failing = new SwitchableStorage();
        using var host = new BotHost(_database, services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<EfStorage>();
            services.AddSingleton<IStorage>(sp => failing.Wrap(sp.GetRequiredService<EfStorage>()));
        });
        await host.PostAsync(Activities.Message("hallo", conversationId: "err-1"));

        failing.Fail = true;
        var replies = await host.PostAsync(Activities.Message("geheim-antwoord-Amir", conversationId: "err-1"));
        failing.Fail = false;

        Assert.Contains("bewaard", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Contains("err-1", host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-antwoord-Amir", host.Logs.All, StringComparison.Ordinal);
        var state = (IDictionary<string, object>)(await host.Storage.ReadAsync(["test/conversations/err-1"]))["test/conversations/err-1"];
        Assert.Equal(1, ((JObject)state["ConversationData"]).Value<int>("Turns"));
    }

    /// <summary>Our storage, with a switch that makes writes fail as a broken database would.</summary>
    private sealed class SwitchableStorage
    {
        public bool Fail { get; set; }

        public IStorage Wrap(IStorage inner) => new Wrapper(inner, this);

        private sealed class Wrapper(IStorage inner, SwitchableStorage owner) : IStorage
        {
            public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

            public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
                owner.Fail ? throw new InvalidOperationException("disk full") : inner.WriteAsync(changes, cancellationToken);

            public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
        }
    }

    public void Dispose() => _database.Dispose();
}
