using Leerwerk.Bot.Intake;
using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>The intake as the bot reads it: answers are encrypted at rest, so tests read through the store.</summary>
public static class StoredIntakes
{
    public static async Task<Store.Intakes.Intake> SingleAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeerwerkDb>>().CreateDbContextAsync();
        var id = await db.Intakes.Select(i => i.Id).SingleAsync();
        return (await host.Get<IntakeStore>().GetAsync(id, CancellationToken.None))!;
    }
}
