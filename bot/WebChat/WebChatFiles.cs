using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.FileProviders;

namespace Leerwerk.Bot.WebChat;

/// <summary>
/// Finds bot/wwwroot wherever the bot runs. `dotnet run --project bot` works in the repository root
/// (so the default web root, ./wwwroot, is not there) and outside Development ASP.NET does not look
/// at the build's static web assets manifest; so: the web root, else that manifest, else a published
/// wwwroot beside the binary.
/// </summary>
internal static class WebChatFiles
{
    public const string Page = "index.html";

    public static bool Find(IWebHostEnvironment environment, IConfiguration configuration)
    {
        if (HasPage(environment.WebRootFileProvider)) return true;
        StaticWebAssetsLoader.UseStaticWebAssets(environment, configuration);
        if (HasPage(environment.WebRootFileProvider)) return true;
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(published, Page))) return false;
        environment.WebRootPath = published;
        environment.WebRootFileProvider = new PhysicalFileProvider(published);
        return true;
    }

    private static bool HasPage(IFileProvider? files) => files?.GetFileInfo(Page).Exists == true;
}
