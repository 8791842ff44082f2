using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Invitations;

namespace Leerwerk.Bot.Hosting;

internal static class InvitationServiceCollectionExtensions
{
    /// <summary>Invitation links that take a statushouder straight into their own self-service intake.</summary>
    public static IServiceCollection AddLeerwerkInvitations(this IServiceCollection services)
    {
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<InvitationCommands>();
        services.AddSingleton<IChatCommand>(sp => sp.GetRequiredService<InvitationCommands>());
        return services;
    }
}
