using Leerwerk.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Tests.Hardening;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Process_KilledMidIntake_NoAcknowledgedAnswerLostAndTheIntakeGoesOn()
    {
        var acknowledged = new List<string>();
        using (var bot = await BotProcess.StartAsync(_database))
        {
            foreach (var text in new[] { "intake", "Farid", "ja", "Gevlucht uit Syrië in 2019, twee kinderen", "Hij wil monteur worden" })
            {
                Assert.NotEmpty(await PostAsync(bot, text));
                acknowledged.Add(text);
            }

            bot.Kill();
        }

        using var restarted = await BotProcess.StartAsync(_database);
        await using (var db = _database.OpenDb())
        {
            var intake = await db.Intakes.Include(i => i.Answers).SingleAsync();
            var fields = new Leerwerk.Bot.Privacy.SensitiveFields(Microsoft.AspNetCore.DataProtection.DataProtectionProvider.Create(
                new DirectoryInfo(_database.KeysDirectory), d => d.SetApplicationName("Leerwerk")));
            Assert.Equal("Farid", intake.ParticipantName);
            Assert.Contains(intake.Answers, a => fields.Unprotect(a.Display).Contains("Syrië", StringComparison.Ordinal));
            Assert.Contains(intake.Answers, a => fields.Unprotect(a.Display).Contains("monteur", StringComparison.Ordinal));
        }

        var next = await PostAsync(restarted, "Zijn gezin en werken met zijn handen");
        Assert.Contains(next, a => a.Text?.Contains("vraag", StringComparison.Ordinal) == true);
    }

    private static Task<IReadOnlyList<Activity>> PostAsync(BotProcess bot, string text) => bot.PostAsync(Activities.Message(text, "crash", "km-crash"));

    public void Dispose() => _database.Dispose();
}
