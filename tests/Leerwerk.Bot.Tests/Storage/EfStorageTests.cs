using Leerwerk.Bot.Storage;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Storage;

/// <summary>The ETag rules of bot state, on each provider (see the two subclasses).</summary>
public abstract class EfStorageTests : IDisposable
{
    private readonly TempDatabase _database;
    private readonly BotHost _host;

    protected EfStorageTests(string provider)
    {
        _database = new TempDatabase(provider);
        _host = new BotHost(_database);
        _ = _host.Server; // starts the host: migrations run
    }

    [Fact]
    public async Task Write_TwoWritersWithTheSameETag_SecondGetsConflict()
    {
        var storage = _host.Storage;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["answer"] = "a" } });
        var readByA = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];
        var readByB = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];

        readByA["answer"] = "from A";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = readByA });
        readByB["answer"] = "from B";

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = readByB }));
        var stored = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];
        Assert.Equal("from A", stored["answer"]);
    }

    [Fact]
    public async Task Write_TwoCreatorsOfANewKey_SecondGetsConflict()
    {
        var storage = _host.Storage;
        await storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Dictionary<string, object> { ["v"] = 1 } });

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Dictionary<string, object> { ["v"] = 2 } }));
    }

    [Fact]
    public async Task Write_SameObjectSavedTwice_SecondSaveUsesTheNewETag()
    {
        var storage = _host.Storage;
        var state = new Dictionary<string, object> { ["v"] = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["twice"] = state });
        state["v"] = 2;

        await storage.WriteAsync(new Dictionary<string, object> { ["twice"] = state });

        Assert.Equal(2L, ((IDictionary<string, object>)(await storage.ReadAsync(["twice"]))["twice"])["v"]);
    }

    [Fact]
    public async Task Write_StarETag_Overwrites()
    {
        var storage = _host.Storage;
        await storage.WriteAsync(new Dictionary<string, object> { ["star"] = new Dictionary<string, object> { ["v"] = 1 } });

        await storage.WriteAsync(new Dictionary<string, object> { ["star"] = new Dictionary<string, object> { ["v"] = 2, ["eTag"] = "*" } });

        Assert.Equal(2L, ((IDictionary<string, object>)(await storage.ReadAsync(["star"]))["star"])["v"]);
    }

    [Fact]
    public async Task Delete_RemovesKey()
    {
        var storage = _host.Storage;
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new Dictionary<string, object> { ["v"] = 1 } });

        await storage.DeleteAsync(["gone"]);

        Assert.Empty(await storage.ReadAsync(["gone"]));
    }

    [Fact]
    public async Task Turns_ManyParallelOnOneConversation_NoneLost()
    {
        await _host.PostAsync(Activities.Message("hallo", conversationId: "race"));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.PostAsync(Activities.Message("help", conversationId: "race"))));

        var state = (IDictionary<string, object>)(await _host.Storage.ReadAsync(["test/conversations/race"]))["test/conversations/race"];
        Assert.Equal(5, ((Newtonsoft.Json.Linq.JObject)state["ConversationData"]).Value<int>("Turns"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
