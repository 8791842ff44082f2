using Leerwerk.Bot.Access;
using Leerwerk.Bot.Dialogs;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class AccessServiceCollectionExtensions
{
    /// <summary>Roles, the one authorization check, and the audit log.</summary>
    public static IServiceCollection AddLeerwerkAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidation>();
        services.AddSingleton<ITeamsDirectory, TeamsDirectory>();
        services.AddSingleton<PendingInvitations>();
        services.AddSingleton<PrincipalResolver>();
        services.AddSingleton<AccessGrants>();
        services.AddSingleton<PersonKeys>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<IChatCommand, AccessCommands>();
        services.AddSingleton<IChatCommand, AuditCommands>();
        return services;
    }
}
