using System.Security.Cryptography;
using System.Text;
using Leerwerk.Bot.Privacy;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>
/// A keyed hash of a person's name for the audit log: the beheerder's `audit Amir` finds Amir's entries,
/// but the log itself (and the tombstone after `verwijder`) holds no name. The key lives beside the
/// Data Protection keys, outside the database.
/// </summary>
internal sealed class PersonKeys(IOptions<PrivacyOptions> options)
{
    private readonly Lazy<byte[]> _key = new(() => LoadOrCreate(options.Value.KeysDirectory));

    public string For(string name)
    {
        var normalized = Identity.Key(name);
        return Convert.ToHexString(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normalized)))[..32];
    }

    private static byte[] LoadOrCreate(string directory)
    {
        var path = Path.Combine(Path.GetFullPath(directory), "audit-person.key");
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            return key;
        }
        catch (IOException)
        {
            // Another instance wrote it first: theirs counts, or the logs of the two would not match.
            return Convert.FromBase64String(File.ReadAllText(path));
        }
    }
}
