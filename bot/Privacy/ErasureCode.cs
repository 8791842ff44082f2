using System.Security.Cryptography;
using System.Text;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// The code `verwijder ... bevestig CODE` asks for: a hash of exactly the records the preview listed.
/// Nothing is kept between the two messages, so it works after a restart and on another instance; and
/// when the records changed meanwhile (another intake with that name), the old code no longer fits.
/// </summary>
internal static class ErasureCode
{
    // Without look-alikes (0/O, 1/I/L), like invitation codes: read off a screen and typed.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string For(PersonRecord person)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', person.Keys)));
        return string.Create(6, hash, (code, bytes) =>
        {
            for (var i = 0; i < code.Length; i++) code[i] = Alphabet[bytes[i] % Alphabet.Length];
        });
    }

    public static bool Matches(PersonRecord person, string typed) =>
        string.Equals(For(person), typed.Trim(), StringComparison.OrdinalIgnoreCase);
}
