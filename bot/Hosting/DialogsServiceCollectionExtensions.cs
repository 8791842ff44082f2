using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Hosting;

internal static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkDialogs(this IServiceCollection services)
    {
        services.AddSingleton(_ => TextCatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "texts")));
        return services;
    }
}
