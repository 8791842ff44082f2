using Leerwerk.Dialogs.Questionnaires;
using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Engine;

/// <summary>Turns what the user typed into a typed answer for the step's kind, or says why not.</summary>
internal sealed class AnswerParser(AnswerRecognizer recognizer)
{
    public (Answer? Answer, string? Problem) Parse(Step step, string text, string language, string by, DateTimeOffset at, DateOnly today)
    {
        var answer = new Answer(step.Id, step.Kind, text, language, by, at);
        switch (step.Kind)
        {
            case StepKind.Text:
                return string.IsNullOrWhiteSpace(text) ? (null, "expected_text") : (answer with { Text = text.Trim() }, null);
            case StepKind.YesNo:
                return recognizer.YesNo(text) is { } yes ? (answer with { YesNo = yes }, null) : (null, "expected_yesno");
            case StepKind.Choice:
                return recognizer.Choice(text, step.Options()) is { } match
                    ? (answer with { Choices = [match.Id] }, null)
                    : (null, "expected_choice");
            case StepKind.Multi:
                var matches = recognizer.Choices(text, step.Options()).Select(m => m.Id).Distinct().ToList();
                if (matches.Count == 0 && step.NoneChoice is { } none && recognizer.YesNo(text) == false) matches = [none];
                if (matches.Count > 1 && step.NoneChoice is { } only) matches.Remove(only);
                return matches.Count > 0 ? (answer with { Choices = matches }, null) : (null, "expected_multi");
            case StepKind.Number:
                return InRange(step, recognizer.Number(text), answer, "expected_number");
            case StepKind.Money:
                return InRange(step, recognizer.Money(text), answer, "expected_money");
            case StepKind.Months:
                return InRange(step, recognizer.Months(text), answer, "expected_months");
            case StepKind.Date:
                var date = step.Past ? recognizer.PastDate(text, today) : recognizer.Date(text, today);
                return date is { } d ? (answer with { Date = d }, null) : (null, "expected_date");
            default:
                return (null, null);
        }
    }

    private static (Answer?, string?) InRange(Step step, decimal? value, Answer answer, string problem)
    {
        if (value is not { } number) return (null, problem);
        if (number < step.Min || number > step.Max) return (null, "expected_range");
        return (answer with { Number = number }, null);
    }
}
