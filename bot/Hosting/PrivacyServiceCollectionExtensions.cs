using Leerwerk.Bot.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Hosting;

internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>Encryption of sensitive fields at rest, with keys kept outside the database.</summary>
    public static IServiceCollection AddLeerwerkPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName("Leerwerk");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<PrivacyOptions>>((keys, privacy) =>
        {
            var directory = Directory.CreateDirectory(Path.GetFullPath(privacy.Value.KeysDirectory));
            keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(directory, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        });
        services.AddSingleton<SensitiveFields>();
        return services;
    }
}
