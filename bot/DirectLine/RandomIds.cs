using System.Security.Cryptography;

namespace Leerwerk.Bot.DirectLine;

/// <summary>Unguessable ids: a token or conversation id is all that stands between a stranger and a chat.</summary>
internal static class RandomIds
{
    public static string New(int bytes) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    private static string Base64Url(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
