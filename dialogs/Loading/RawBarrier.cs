namespace Leerwerk.Dialogs.Loading;

#pragma warning disable CA1812 // created by YamlDotNet
internal sealed class RawBarrier
{
    public List<string>? When { get; set; }

    public Dictionary<string, string>? Label { get; set; }

    public Dictionary<string, string>? NextStep { get; set; }
}
#pragma warning restore CA1812
