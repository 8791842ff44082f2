using System.Text.RegularExpressions;
using Leerwerk.Bench.Load.Protocol;

namespace Leerwerk.Bench.Load.Scripts;

/// <summary>
/// A klantmanager doing full intakes, one after the other: `intake`, then an answer to whatever the
/// bot asks. A card is answered with a submit of its first choice (yes/no: "ja"); a typed question with
/// a short text, or a number when it asks "hoeveel". When the bot asks the same question again, the
/// next kind of answer is tried; that turn counts as a retry.
/// </summary>
internal sealed partial class IntakeScript : IUserScript
{
    /// <summary>About how many turns a whole intake takes with these answers (measured: 56).</summary>
    public const int TurnsPerIntake = 56;

    private string? _question;
    private string _questionText = "";
    private CardQuestion? _card;
    private int _attempt;

    public Outgoing Next { get; private set; } = Outgoing.Typed(IntakeTexts.Start);

    public TurnOutcome Read(BotReplies replies)
    {
        var all = replies.AllText;
        if (all.Contains(IntakeTexts.TurnError, StringComparison.Ordinal) || all.Contains(IntakeTexts.SlowDown, StringComparison.Ordinal))
            return TurnOutcome.Error;
        if (all.Contains(IntakeTexts.Completed, StringComparison.Ordinal))
        {
            Restart();
            return TurnOutcome.Completed;
        }

        var key = replies.Card?.Token ?? ProgressKey(replies.Texts);
        if (key is null)
        {
            if (_question is null || !IntakeTexts.NotTaken.Any(t => all.Contains(t, StringComparison.Ordinal))) return TurnOutcome.Error;
            _attempt++;
            Next = Answer();
            return TurnOutcome.Retry;
        }

        var again = key == _question;
        _attempt = again ? _attempt + 1 : 0;
        _question = key;
        _card = replies.Card;
        _questionText = replies.Card?.Text ?? replies.Texts.LastOrDefault(t => Progress().IsMatch(t)) ?? "";
        Next = Answer();
        return again ? TurnOutcome.Retry : TurnOutcome.Ok;
    }

    public void Restart()
    {
        _question = null;
        _card = null;
        _attempt = 0;
        Next = Outgoing.Typed(IntakeTexts.Start);
    }

    private Outgoing Answer()
    {
        if (_card is { } card)
            return Outgoing.Submit(card.MultiSelect ? card.Values[0] : card.Values[_attempt % card.Values.Count], card.Token);
        var first = _questionText.Contains(IntakeTexts.NumberQuestion, StringComparison.Ordinal) ? 1 : 0;
        return Outgoing.Typed(IntakeTexts.TypedAnswers[(first + _attempt) % IntakeTexts.TypedAnswers.Length]);
    }

    private static string? ProgressKey(IReadOnlyList<string> texts) =>
        texts.Select(t => Progress().Match(t)).LastOrDefault(m => m.Success) is { } match ? "vraag " + match.Groups[1].Value : null;

    [GeneratedRegex(IntakeTexts.ProgressPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Progress();
}
