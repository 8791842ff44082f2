using Microsoft.AspNetCore.DataProtection;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Free-text answers, their translations and check-in notes are encrypted at rest with ASP.NET Core
/// Data Protection: a copy of the database alone does not reveal what people told us.
/// </summary>
internal sealed class SensitiveFields(IDataProtectionProvider provider)
{
    private const string Prefix = "enc1:";
    private readonly IDataProtector _protector = provider.CreateProtector("Leerwerk.SensitiveFields.v1");

    public string Protect(string plain) => Prefix + _protector.Protect(plain);

    public string? ProtectOrNull(string? plain) => plain is null ? null : Protect(plain);

    /// <summary>Text stored before encryption (no prefix) is read as it is.</summary>
    public string Unprotect(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;

    public string? UnprotectOrNull(string? stored) => stored is null ? null : Unprotect(stored);
}
