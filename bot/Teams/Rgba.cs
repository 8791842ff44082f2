using System.Globalization;

namespace Leerwerk.Bot.Teams;

/// <summary>One pixel: red, green, blue and alpha, 0 to 255.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba White { get; } = new(255, 255, 255);

    /// <summary>The manifest's accentColor, "#1E6F8C".</summary>
    public static bool TryParse(string hex, out Rgba color)
    {
        color = default;
        if (hex is not ['#', _, _, _, _, _, _] || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return false;
        color = new((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>This colour with <paramref name="over"/> painted on top for the given share (0 to 1).</summary>
    public Rgba Mix(Rgba over, double share) => new(Lerp(R, over.R, share), Lerp(G, over.G, share), Lerp(B, over.B, share), A);

    public Rgba WithAlpha(double share) => this with { A = (byte)Math.Round(share * 255) };

    private static byte Lerp(byte from, byte to, double share) => (byte)Math.Round(from + ((to - from) * share));
}
