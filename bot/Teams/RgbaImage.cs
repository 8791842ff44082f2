namespace Leerwerk.Bot.Teams;

/// <summary>Pixels as PNG stores them: rows from the top, four bytes (red, green, blue, alpha) each.</summary>
internal sealed class RgbaImage(int width, int height)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = new byte[width * height * 4];

    public void Set(int x, int y, Rgba color)
    {
        var i = ((y * Width) + x) * 4;
        (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]) = (color.R, color.G, color.B, color.A);
    }
}
