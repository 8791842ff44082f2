using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Leerwerk.Bot.Teams;

/// <summary>
/// The smallest PNG writer that Teams accepts: signature, IHDR (8-bit RGBA, not interlaced), one IDAT
/// with the rows zlib-compressed, IEND. Two icons do not warrant an imaging library.
/// </summary>
internal static class PngEncoder
{
    private const byte BitDepth = 8;
    private const byte ColorTypeRgba = 6;

    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static byte[] Encode(RgbaImage image)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = BitDepth;
        header[9] = ColorTypeRgba;

        // Bytes 10 to 12 stay 0: deflate, adaptive filtering, no interlace.
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(image));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Compress(RgbaImage image)
    {
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var stride = image.Width * 4;
            for (var y = 0; y < image.Height; y++)
            {
                // Filter "None" on every row: flat icons compress well without the other filters.
                zlib.WriteByte(0);
                zlib.Write(image.Pixels, y * stride, stride);
            }
        }

        return data.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeAndData));
        png.Write(word);
    }
}
