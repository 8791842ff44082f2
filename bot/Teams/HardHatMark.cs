namespace Leerwerk.Bot.Teams;

/// <summary>
/// The Leerwerk mark: a hard hat (work) with an L cut out of it (learning), in a 120 × 120 box.
/// Plain shapes only, so it stays readable at the 32 pixels of the outline icon.
/// </summary>
internal static class HardHatMark
{
    public const double Size = 120;

    private const double DomeX = 60;
    private const double DomeY = 76;
    private const double DomeRadius = 50;

    public static bool Contains(double x, double y) => (InDome(x, y) || InBrim(x, y)) && !InLetter(x, y);

    private static bool InDome(double x, double y) =>
        y <= DomeY && ((x - DomeX) * (x - DomeX)) + ((y - DomeY) * (y - DomeY)) <= DomeRadius * DomeRadius;

    private static bool InBrim(double x, double y) => Shapes.InRoundedRect(x, y, 0, DomeY, Size, DomeY + 18, 9);

    private static bool InLetter(double x, double y) =>
        Shapes.InRect(x, y, 42, 36, 58, 68) || Shapes.InRect(x, y, 42, 52, 82, 68);
}
