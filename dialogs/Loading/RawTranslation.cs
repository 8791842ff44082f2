namespace Leerwerk.Dialogs.Loading;

#pragma warning disable CA1812 // created by YamlDotNet
internal sealed class RawTranslation
{
    public string? Language { get; set; }

    public bool Reviewed { get; set; }

    public Dictionary<string, object>? Texts { get; set; }
}
#pragma warning restore CA1812
