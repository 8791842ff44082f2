namespace Leerwerk.Bot.Tests.Teams;

/// <summary>A decoded PNG: rows from the top, four bytes (red, green, blue, alpha) per pixel.</summary>
internal sealed record PngImage(int Width, int Height, byte[] Pixels)
{
    public (byte R, byte G, byte B, byte A) At(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
    }
}
