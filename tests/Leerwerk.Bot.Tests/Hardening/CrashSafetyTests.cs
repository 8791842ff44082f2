using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Store;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Process_KilledMidIntake_NoAcknowledgedAnswerLostAndTheIntakeGoesOn()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        var acknowledged = new List<string>();
        using (var bot = await BotProcess.StartAsync(_database.Path))
        {
            foreach (var text in new[] { "intake", "Farid", "ja", "Gevlucht uit Syrië in 2019, twee kinderen", "Hij wil monteur worden" })
            {
                Assert.NotEmpty(await PostAsync(bot, text));
                acknowledged.Add(text);
            }

            bot.Kill();
        }

        using var restarted = await BotProcess.StartAsync(_database.Path);
        await using (var db = Db())
        {
            var intake = await db.Intakes.Include(i => i.Answers).SingleAsync();
            var fields = new Leerwerk.Bot.Privacy.SensitiveFields(Microsoft.AspNetCore.DataProtection.DataProtectionProvider.Create(
                new DirectoryInfo(Path.Combine(Path.GetDirectoryName(_database.Path)!, "keys")), d => d.SetApplicationName("Leerwerk")));
            Assert.Equal("Farid", intake.ParticipantName);
            Assert.Contains(intake.Answers, a => fields.Unprotect(a.Display).Contains("Syrië", StringComparison.Ordinal));
            Assert.Contains(intake.Answers, a => fields.Unprotect(a.Display).Contains("monteur", StringComparison.Ordinal));
        }

        var next = await PostAsync(restarted, "Zijn gezin en werken met zijn handen");
        Assert.Contains(next, a => a.Text?.Contains("vraag", StringComparison.Ordinal) == true);
    }

    private static async Task<IReadOnlyList<Activity>> PostAsync(BotProcess bot, string text)
    {
        using var client = new HttpClient { BaseAddress = bot.Address };
        var activity = Activities.Message(text, "crash", "km-crash");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return [.. JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities];
    }

    private LeerwerkDb Db() => new(new DbContextOptionsBuilder<LeerwerkDb>().UseSqlite($"Data Source={_database.Path}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
