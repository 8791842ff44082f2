using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Leerwerk.Bot.Teams;

namespace Leerwerk.Bot.Tests.Teams;

/// <summary>
/// Reads the icons as Teams would: every chunk's CRC checked, only 8-bit RGBA without interlacing
/// (what the encoder writes), and all five row filters, so the test does not lean on the encoder's choice.
/// </summary>
internal static class PngReader
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("no PNG signature");
        int width = 0, height = 0;
        using var compressed = new MemoryStream();
        var offset = 8;
        string type;
        do
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            if (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)) != Crc32.Compute(typeAndData))
                throw new InvalidDataException($"bad CRC in {type}");
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[9] != 6 || data[12] != 0) throw new InvalidDataException("not 8-bit RGBA without interlace");
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }
        while (type != "IEND");

        if (offset != png.Length) throw new InvalidDataException("bytes after IEND");
        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * 4;
        if (raw.Length != height * (stride + 1)) throw new InvalidDataException("wrong amount of pixel data");
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= 4 ? pixels[(y * stride) + i - 4] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= 4 ? pixels[((y - 1) * stride) + i - 4] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"filter {filter}"),
                };
                pixels[(y * stride) + i] = (byte)(raw[(y * (stride + 1)) + 1 + i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
