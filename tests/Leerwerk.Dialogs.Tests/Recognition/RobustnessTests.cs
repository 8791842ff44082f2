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

    [Fact]
    public void AllMethods_LoneSurrogates_DoNotThrow()
    {
        // Not in NastyInputs: xunit's serialisation turns a lone surrogate into U+FFFD.
        foreach (var text in new[] { "\ud800", "\udc00 ja", "ja\ud83d", "\ud83d\ud83d\udc4d" })
            Assert.Null(Record.Exception(() => RunAll(text)));
        Assert.True(_recognizer.YesNo("\udc00 ja"));
    }

    [Property(MaxTest = 100)]
    public void AllMethods_RandomString_DoNotThrow(string text) => RunAll(text);

    [Property(MaxTest = 50)]
    public void Choices_RandomOptions_DoNotThrow(string text, string[] labels) =>
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
    public void YesNo_AtMaximumLength_Recognised() =>
        Assert.True(_recognizer.YesNo("ja" + new string('!', InputText.MaxLength - 2)));

    [Fact]
    public void YesNo_LongerThanMaximum_ReturnsNull() =>
        Assert.Null(_recognizer.YesNo("ja" + new string('!', InputText.MaxLength - 1)));

    [Fact]
    public void Date_ManyThreadsAtOnce_SameAnswersAsOneThread()
    {
        string[] texts = ["morgen", "tomorrow", "eind maart", "over twee weken", "maandag", "15-1"];
        var expected = texts.Select(t => _recognizer.Date(t, Today)).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<bool>();
        Parallel.For(0, 60, i => results.Add(_recognizer.Date(texts[i % texts.Length], Today) == expected[i % texts.Length]));
        Assert.All(results, Assert.True);
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
