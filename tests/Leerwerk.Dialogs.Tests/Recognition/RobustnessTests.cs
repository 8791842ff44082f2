using System.Diagnostics;
using FsCheck.Xunit;
using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class RobustnessTests
{
    private static readonly DateOnly Today = new(2026, 3, 11);
    private readonly AnswerRecognizer _recognizer = new();

    public static TheoryData<string> NastyInputs => new()
    {
        string.Empty,
        " ",
        "\0",
        "\u0007\u001b[31m",
        "\r\n\t",
        "\ud800",                          // lone high surrogate
        "\udc00 ja",                       // lone low surrogate
        "ja\u202e\u200f",                  // bidi overrides
        "\u202bنعم\u202c",
        "مرحبا، كيف حالك؟",
        "👍🏽👨‍👩‍👧‍👦🏳️‍🌈",
        "e\u0308e\u0301",                  // combining marks
        "\uFEFF1.500",
        "\uFFFE\uFFFF",
        "٣",                               // Arabic-Indic digit
        "1e400",
        "-0",
        "99999999999999999999999999999999999999999999 euro",
        new string('9', 300),
        new string('a', 301),
        string.Concat(Enumerable.Repeat("twee en drie maanden ", 2000)),
        "{{}}%s%n<script>",
        "'; DROP TABLE answers; --",
    };

    [Theory]
    [MemberData(nameof(NastyInputs))]
    public void AllMethods_NastyInput_DoNotThrow(string text) => Assert.Null(Record.Exception(() => RunAll(text)));

    [Property(MaxTest = 200)]
    public void AllMethods_RandomString_DoNotThrow(string text) => RunAll(text);

    [Property(MaxTest = 100)]
    public void Choice_RandomOptions_DoNotThrow(string text, string[] labels) =>
        _recognizer.Choices(text, (labels ?? []).Select((l, i) => new ChoiceOption($"o{i}", [l])).ToList());

    [Fact]
    public void AllMethods_HugeInput_ReturnQuickly()
    {
        var huge = string.Concat(Enumerable.Repeat("twee en drie maanden op maandag ", 5000));
        var watch = Stopwatch.StartNew();
        RunAll(huge);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void AllMethods_LongerThanMaximum_NotRecognised()
    {
        var padded = "ja" + new string(' ', InputText.MaxLength);
        Assert.Null(_recognizer.YesNo(padded.TrimEnd() + new string('.', InputText.MaxLength)));
    }

    [Fact]
    public void AllMethods_NullInput_DoNotThrow() => Assert.Null(Record.Exception(() => RunAll(null!)));

    [Fact]
    public void Choices_NullOptionsAndLabels_DoNotThrow()
    {
        IReadOnlyList<ChoiceOption> options = [null!, new("x", null!), new(null!, ["fiets"]), new("y", [null!, "auto"])];
        Assert.Null(Record.Exception(() => _recognizer.Choices("fiets en auto, 1", options)));
        Assert.Null(Record.Exception(() => _recognizer.Choice("2", options)));
        Assert.Null(Record.Exception(() => _recognizer.Choice("fiets", null!)));
    }

    private void RunAll(string text)
    {
        _recognizer.YesNo(text);
        _recognizer.Number(text);
        _recognizer.Money(text);
        _recognizer.Months(text);
        _recognizer.Date(text, Today);
        _recognizer.PastDate(text, Today);
        _recognizer.Choice(text, ChoiceOptionsFixture.Transport);
        _recognizer.Choices(text, ChoiceOptionsFixture.Transport);
    }
}
