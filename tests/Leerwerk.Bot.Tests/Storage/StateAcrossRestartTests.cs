using Leerwerk.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Storage;

public sealed class StateAcrossRestartTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Turns_CountedInOneHost_ReadBackBySecondHostOnSameFile()
    {
        using (var first = new BotHost(_database))
        {
            await first.PostAsync(Activities.Message("hallo", conversationId: "restart"));
            await first.PostAsync(Activities.Message("help", conversationId: "restart"));
        }

        using var second = new BotHost(_database);
        await second.PostAsync(Activities.Message("help", conversationId: "restart"));
        var state = await second.Storage.ReadAsync(["test/conversations/restart"]);

        var conversation = (IDictionary<string, object>)state["test/conversations/restart"];
        Assert.Equal(3, ((JObject)conversation["ConversationData"]).Value<int>("Turns"));
    }

    [Fact]
    public async Task Welcome_GivenBeforeRestart_NotRepeatedAfter()
    {
        using (var first = new BotHost(_database))
        {
            Assert.Single(await first.PostAsync(Activities.MembersAdded("welcome-once")));
        }

        using var second = new BotHost(_database);
        Assert.Empty(await second.PostAsync(Activities.MembersAdded("welcome-once")));
    }

    public void Dispose() => _database.Dispose();
}
