namespace Leerwerk.Bot.Teams;

/// <summary>
/// Draws the two icons Teams asks for: colour (192 × 192, the mark in white on a rounded square in
/// the accent colour) and outline (32 × 32, the mark in white on transparent). `manifest icons` writes
/// them; the PNGs in manifest/ are its output.
/// </summary>
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    // Teams keeps the symbol of a colour icon inside the middle 120 × 120.
    private const double ColorMarkOffset = (ColorSize - HardHatMark.Size) / 2;
    private const double CornerRadius = 40;
    private const double OutlineMargin = 2;

    // 4 × 4 samples per pixel give smooth edges on the colour icon.
    private const int Samples = 4;

    public static RgbaImage Color(Rgba accent)
    {
        var image = new RgbaImage(ColorSize, ColorSize);
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var background = Coverage(x, y, (u, v) => Shapes.InRoundedRect(u, v, 0, 0, ColorSize, ColorSize, CornerRadius));
                var mark = Coverage(x, y, (u, v) => HardHatMark.Contains(u - ColorMarkOffset, v - ColorMarkOffset));
                image.Set(x, y, accent.Mix(Rgba.White, mark).WithAlpha(background));
            }
        }

        return image;
    }

    /// <summary>
    /// Teams asks for an outline icon in white on transparent, so every pixel is white and either fully
    /// opaque or fully transparent: no half-transparent edges for a validator to question.
    /// </summary>
    public static RgbaImage Outline()
    {
        const double scale = (OutlineSize - (2 * OutlineMargin)) / HardHatMark.Size;
        var image = new RgbaImage(OutlineSize, OutlineSize);
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var mark = Coverage(x, y, (u, v) => HardHatMark.Contains((u - OutlineMargin) / scale, (v - OutlineMargin) / scale));
                image.Set(x, y, Rgba.White.WithAlpha(mark >= 0.5 ? 1 : 0));
            }
        }

        return image;
    }

    /// <summary>The share of the pixel's sample points inside the shape.</summary>
    private static double Coverage(int x, int y, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var j = 0; j < Samples; j++)
        {
            for (var i = 0; i < Samples; i++)
            {
                if (inside(x + ((i + 0.5) / Samples), y + ((j + 0.5) / Samples))) hits++;
            }
        }

        return hits / (double)(Samples * Samples);
    }
}
