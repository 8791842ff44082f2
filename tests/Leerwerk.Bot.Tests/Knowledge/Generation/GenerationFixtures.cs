using Leerwerk.Bot.Knowledge.Generation;
using Leerwerk.Bot.Tests.Infrastructure;
using Leerwerk.Knowledge.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

/// <summary>Lessons as search gives them, and the writer pointed at a fake server.</summary>
internal static class GenerationFixtures
{
    public static readonly SearchHit Employer = Hit("000-012", "Werkgevers betrokken houden", "Bel de werkgever elke twee weken, ook als het goed gaat.");

    public static readonly SearchHit Coach = Hit("001-003", "Een vaste jobcoach", "Een vaste jobcoach voor deelnemer en werkgever voorkomt dat het traject stilvalt.");

    public static IReadOnlyList<SearchHit> Hits => [Employer, Coach];

    public static AzureOpenAIAnswerWriter Writer(FakeAzureOpenAI fake, CapturedLogs? logs = null, int timeoutSeconds = 10, int maxRetries = 2) => new(
        Options.Create(new AzureOpenAIOptions
        {
            Endpoint = fake.Endpoint,
            Key = FakeAzureOpenAI.Key,
            Deployment = FakeAzureOpenAI.Deployment,
            TimeoutSeconds = timeoutSeconds,
            MaxRetries = maxRetries,
        }),
        TimeProvider.System,
        new Logger<AzureOpenAIAnswerWriter>(new LoggerFactory([logs ?? new CapturedLogs()])));

    private static SearchHit Hit(string id, string title, string text) =>
        new(id, title, id[..3], "Rapport " + id[..3], "Hoofdstuk 2", [], 1f, $"Bron: Rapport {id[..3]}, hoofdstuk 2", text, null, null);
}
