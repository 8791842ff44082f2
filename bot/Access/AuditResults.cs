namespace Leerwerk.Bot.Access;

internal static class AuditResults
{
    public const string Allowed = "toegestaan";
    public const string Denied = "geweigerd";
    public const string NotFound = "niet gevonden";
    public const string Erased = "verwijderd";
}
