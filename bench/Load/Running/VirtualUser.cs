using System.Diagnostics;
using System.Net.Http.Headers;
using Leerwerk.Bench.Load.Protocol;
using Leerwerk.Bench.Load.Scripts;
using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Load.Running;

/// <summary>
/// One user in a closed loop: send, wait for the replies, send the next, no think time. Only turns that
/// start and end inside the measured window are logged. With <c>startOverAfter</c>, the user leaves its
/// first intake after that many turns and starts anew: users that all start at once would otherwise
/// walk the intake in step, and a window would measure only some of its steps.
/// </summary>
internal sealed class VirtualUser(BenchUser user, IUserScript script, HttpClient http, Uri messages, int startOverAfter = 0)
{
    private const int ErrorsBeforeStartingOver = 3;
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private int _conversation;
    private int _errorsInRow;
    private int _turnsSinceGoal;

    public TurnLog Log { get; } = new();

    /// <summary>Plays turns while <paramref name="keepGoing"/> says so; <paramref name="measured"/> decides per turn (start, end) whether it counts.</summary>
    public async Task RunAsync(Func<bool> keepGoing, Func<long, long, bool> measured, TraceWriter? trace = null)
    {
        while (keepGoing())
        {
            var sent = script.Next;
            var (outcome, error, latencyMs, start, end, replies) = await TurnAsync(sent);
            trace?.Turn(user, sent, replies, outcome);
            _turnsSinceGoal++;
            if (measured(start, end))
            {
                Log.Add(latencyMs, outcome, error);
                if (outcome == TurnOutcome.Completed) Log.TurnsPerGoal.Add(_turnsSinceGoal);
            }

            if (outcome == TurnOutcome.Completed) _turnsSinceGoal = 0;
            _errorsInRow = outcome == TurnOutcome.Error ? _errorsInRow + 1 : 0;
            // Stuck, or the staggered first intake: a new conversation, as a person would open a new chat.
            var staggered = _conversation == 0 && startOverAfter > 0 && _turnsSinceGoal == startOverAfter;
            if (_errorsInRow < ErrorsBeforeStartingOver && !staggered) continue;
            _conversation++;
            _errorsInRow = 0;
            _turnsSinceGoal = 0;
            script.Restart();
        }
    }

    private async Task<(TurnOutcome, string?, double, long, long, BotReplies)> TurnAsync(Outgoing sent)
    {
        using var content = new StringContent(ActivityJson.Message(user, user.ConversationId(_conversation), sent));
        content.Headers.ContentType = JsonType;
        var start = Stopwatch.GetTimestamp();
        byte[] body;
        try
        {
            using var response = await http.PostAsync(messages, content);
            body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
                return Failed($"http {(int)response.StatusCode}", start);
        }
        catch (HttpRequestException e)
        {
            return Failed($"http error {e.HttpRequestError}", start);
        }
        catch (TaskCanceledException)
        {
            return Failed("timeout", start);
        }

        var end = Stopwatch.GetTimestamp();
        var replies = BotReplies.Parse(body);
        var outcome = script.Read(replies);
        return (outcome, outcome == TurnOutcome.Error ? "reply" : null, Stopwatch.GetElapsedTime(start, end).TotalMilliseconds, start, end, replies);
    }

    private static (TurnOutcome, string?, double, long, long, BotReplies) Failed(string error, long start)
    {
        var end = Stopwatch.GetTimestamp();
        return (TurnOutcome.Error, error, Stopwatch.GetElapsedTime(start, end).TotalMilliseconds, start, end, BotReplies.Empty);
    }
}
