using Leerwerk.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.WebChat;

/// <summary>`/healthz` says where Web Chat connects: `azure`, `local` or `off`.</summary>
internal sealed class WebChatHealth(IOptions<WebChatOptions> options, DirectLineSwitch localDirectLine) : IHealthFact
{
    public string Name => "webChat";

    public object Value => options.Value.UsesAzure ? "azure" : localDirectLine.Enabled ? "local" : "off";
}
