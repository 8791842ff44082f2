using System.Security.Cryptography;
using System.Text;

namespace Leerwerk.Bot.DirectLine;

/// <summary>The `Authorization: Bearer ...` of a request.</summary>
internal static class BearerToken
{
    public static string? Of(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && header.Length > Prefix.Length ? header[Prefix.Length..].Trim() : null;
    }

    /// <summary>In constant time, so that the secret cannot be guessed from how fast a wrong one fails.</summary>
    public static bool IsSecret(string? bearer, string? secret) =>
        !string.IsNullOrEmpty(bearer) && !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret));
}
