using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Questionnaires;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>
/// Answers a questionnaire over /api/messages as a user would: it reads which step the bot is at from
/// the stored conversation state and types the given answer, or a plain one for the step's kind.
/// <paramref name="post"/> sends each message elsewhere (bot processes on the same database); the
/// host then only reads the state.
/// </summary>
public sealed class QuestionnaireDriver(
    BotHost host, string conversationId, string userId, string channelId = "test", Func<Activity, Task<IReadOnlyList<Activity>>>? post = null)
{
    public List<Activity> Transcript { get; } = [];

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = Activities.Message(text, conversationId, userId, channelId);
        var replies = await (post ?? host.PostAsync)(activity);
        Transcript.AddRange(replies);
        return replies;
    }

    internal async Task<DialogState?> StateAsync()
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var items = await host.Storage.ReadAsync([key]);
        if (!items.TryGetValue(key, out var value)) return null;
        var data = ((IDictionary<string, object>)value)["ConversationData"] as JObject;
        return data?.ToObject<ConversationData>()?.Dialog;
    }

    /// <summary>Answers until the questionnaire ends; <paramref name="answers"/> by step id override the defaults.</summary>
    public async Task<IReadOnlyList<Activity>> AnswerAllAsync(IReadOnlyDictionary<string, string>? answers = null, int maxTurns = 200)
    {
        IReadOnlyList<Activity> last = [];
        for (var turn = 0; turn < maxTurns; turn++)
        {
            if (await NextAnswerAsync(answers) is not { } text) return last;
            last = await SayAsync(text);
        }

        throw new InvalidOperationException("questionnaire did not end");
    }

    /// <summary>What a user would type now, or null when no questionnaire is active.</summary>
    public async Task<string?> NextAnswerAsync(IReadOnlyDictionary<string, string>? answers = null)
    {
        var state = await StateAsync();
        if (state is null || state.Status != DialogStatus.Active) return null;
        var step = host.Services.GetRequiredService<QuestionnaireCatalog>().Find(state.QuestionnaireId)!.Find(state.CurrentStepId)!;
        return state.Mode == DialogMode.ConfirmingKnown ? "ja"
            : answers is not null && answers.TryGetValue(step.Id, out var given) ? given : Default(step);
    }

    private static string Default(Step step) => step.Kind switch
    {
        StepKind.YesNo => "ja",
        StepKind.Choice or StepKind.Multi => "1",
        StepKind.Number or StepKind.Months => step.Min is { } min ? Math.Max(min, 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "3",
        StepKind.Money => "€ 100",
        StepKind.Date => "15-1",
        _ => $"antwoord op {step.Id}",
    };
}
