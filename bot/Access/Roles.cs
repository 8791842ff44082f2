namespace Leerwerk.Bot.Access;

/// <summary>The five roles of the issue; traject parties (werkgever, opleider, ...) are memberships, not roles.</summary>
internal static class Roles
{
    public const string Klantmanager = "klantmanager";
    public const string Jobcoach = "jobcoach";
    public const string Regisseur = "regisseur";
    public const string Statushouder = "statushouder";
    public const string Beheerder = "beheerder";

    /// <summary>The roles a beheerder hands out; a statushouder comes in through an invitation.</summary>
    public static readonly IReadOnlyList<string> Grantable = [Klantmanager, Jobcoach, Regisseur, Beheerder];

    public static readonly IReadOnlyList<string> All = [Klantmanager, Jobcoach, Regisseur, Statushouder, Beheerder];

    public static string? Parse(string word) => All.FirstOrDefault(r => r.Equals(word.Trim(), StringComparison.OrdinalIgnoreCase));
}
