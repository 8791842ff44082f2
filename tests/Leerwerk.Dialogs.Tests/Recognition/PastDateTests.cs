using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class PastDateTests
{
    // Wednesday 11 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 11);
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("maandag", "2026-03-09")]
    [InlineData("ma", "2026-03-09")]
    [InlineData("dinsdag", "2026-03-10")]
    [InlineData("woensdag", "2026-03-04")]
    [InlineData("vrijdag", "2026-03-06")]
    [InlineData("afgelopen maandag", "2026-03-09")]
    [InlineData("vorige week vrijdag", "2026-03-06")]
    [InlineData("gisteren", "2026-03-10")]
    [InlineData("eergisteren", "2026-03-09")]
    [InlineData("vandaag", "2026-03-11")]
    [InlineData("3 dagen geleden", "2026-03-08")]
    [InlineData("twee weken geleden", "2026-02-25")]
    [InlineData("15 januari", "2026-01-15")]
    [InlineData("15-1", "2026-01-15")]
    [InlineData("11-3", "2026-03-11")]
    [InlineData("begin maart", "2026-03-01")]
    [InlineData("eind februari", "2026-02-28")]
    [InlineData("de 15e", "2026-02-15")]
    [InlineData("vorige week", "2026-03-02")]
    [InlineData("15-01-2027", "2027-01-15")]
    [InlineData("yesterday", "2026-03-10")]
    [InlineData("monday", "2026-03-09")]
    public void PastDate_Recognised_ReturnsBackwardDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), _recognizer.PastDate(text, Today));

    [Theory]
    [InlineData("")]
    [InlineData("lang geleden")]
    [InlineData("nee")]
    public void PastDate_NoDate_ReturnsNull(string text) => Assert.Null(_recognizer.PastDate(text, Today));

    [Fact]
    public void PastDate_ExplicitFuture_KeepsTheFuture() =>
        Assert.Equal(new DateOnly(2026, 3, 12), _recognizer.PastDate("morgen", Today));
}
