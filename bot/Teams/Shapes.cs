namespace Leerwerk.Bot.Teams;

/// <summary>Point-in-shape tests for the icons; edges are inclusive on the left and top.</summary>
internal static class Shapes
{
    public static bool InRect(double x, double y, double left, double top, double right, double bottom) =>
        x >= left && x < right && y >= top && y < bottom;

    public static bool InRoundedRect(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        if (!InRect(x, y, left, top, right, bottom)) return false;

        // Only the corner squares need the circle test.
        var cx = Math.Clamp(x, left + radius, right - radius);
        var cy = Math.Clamp(y, top + radius, bottom - radius);
        return ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;
    }
}
