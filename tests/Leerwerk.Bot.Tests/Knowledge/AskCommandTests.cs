using System.Text.Json;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Knowledge;

public sealed class AskCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Ask_QuestionTheReportsAnswer_AnswerWithSource()
    {
        using var host = new BotHost(_database);

        var (code, output) = await Cli.RunAsync(host, string.Empty, "ask", "wat als een kandidaat geen vervoer heeft naar het werk?");

        Assert.Equal(0, code);
        Assert.Contains("Bron:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_OneObjectWithHitsBestFirst()
    {
        using var host = new BotHost(_database);

        var (_, output) = await Cli.RunAsync(host, string.Empty, "ask", "hoe houden we werkgevers betrokken?", "--json");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("found").GetBoolean());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 5);
        Assert.Matches("^00[0-4]-[0-9]{3}$", hits[0].GetProperty("id").GetString());
        Assert.Equal(2, hits[0].GetProperty("lines")[0].GetArrayLength());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Ask_JsonFromStandardInput_OneLinePerQuestion()
    {
        using var host = new BotHost(_database);

        var (_, output) = await Cli.RunAsync(host, "hoe betalen we dit structureel?\nhoe bak ik een brood?\n", "ask", "--json");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.False(JsonDocument.Parse(lines[1]).RootElement.GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task Ask_OffTopic_SaysReportsDoNotAnswer()
    {
        using var host = new BotHost(_database);

        var (_, output) = await Cli.RunAsync(host, string.Empty, "ask", "hoe laat gaat het zwembad open?");

        Assert.Contains("Daarover vind ik niets in de rapporten", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeCheck_ShippedLessons_AllInOrder()
    {
        using var host = new BotHost(_database);

        var (code, output) = await Cli.RunAsync(host, string.Empty, "knowledge", "check");

        Assert.Equal(0, code);
        Assert.Contains("Alle lessen zijn in orde", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeEval_PrintsTheMeasures()
    {
        using var host = new BotHost(_database);

        var (_, output) = await Cli.RunAsync(host, string.Empty, "knowledge", "eval");

        Assert.Contains("hit@5", output, StringComparison.Ordinal);
        Assert.Contains("MRR", output, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
