using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerwerk.Bot.Tests.Reminders;

public sealed class UserChannelsTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public UserChannelsTests() => _host = new BotHost(_database, services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_time);
    });

    [Fact]
    public async Task Messages_SameConversation_ReferenceWrittenOnceWithoutMessageId()
    {
        await _host.PostAsync(Activities.Message("help"));
        _time.Advance(TimeSpan.FromMinutes(5));
        await _host.PostAsync(Activities.Message("help"));

        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var row = await db.UserChannels.SingleAsync(u => u.UserId == "user-1");
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), row.UpdatedAt);
        var activityId = Newtonsoft.Json.Linq.JObject.Parse(row.ConversationReferenceJson!)["activityId"];
        Assert.True(activityId is null || activityId.Type == Newtonsoft.Json.Linq.JTokenType.Null);
        Assert.Contains("conv-1", row.ConversationReferenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_OtherConversation_ReferenceUpdated()
    {
        await _host.PostAsync(Activities.Message("help"));
        _time.Advance(TimeSpan.FromMinutes(5));
        await _host.PostAsync(Activities.Message("help", conversationId: "conv-2"));

        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var row = await db.UserChannels.SingleAsync(u => u.UserId == "user-1");
        Assert.Contains("conv-2", row.ConversationReferenceJson, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }
}
