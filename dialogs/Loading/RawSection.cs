namespace Leerwerk.Dialogs.Loading;

#pragma warning disable CA1812 // created by YamlDotNet
internal sealed class RawSection
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public List<RawStep>? Steps { get; set; }
}
#pragma warning restore CA1812
