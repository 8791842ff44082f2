using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Access;

/// <summary>Stops a real deployment that would let everyone see everything, and names a role that does not exist.</summary>
internal sealed class AccessOptionsValidation(IHostEnvironment environment) : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        if (options.Open && environment.IsProduction())
            return ValidateOptionsResult.Fail("Access:Open is true in Production: everyone would see every statushouder's data. "
                + "Remove Access:Open and give people roles (Access:Users, or `toegang <naam> <rol>` by a beheerder).");
        var wrong = options.Users.Where(u => Roles.Parse(u.Role) is null || u.Role == Roles.Statushouder).Select(u => $"'{u.Role}'").ToList();
        return wrong.Count > 0
            ? ValidateOptionsResult.Fail($"Access:Users has unknown roles {string.Join(", ", wrong)}; use one of {string.Join(", ", Roles.Grantable)}.")
            : ValidateOptionsResult.Success;
    }
}
