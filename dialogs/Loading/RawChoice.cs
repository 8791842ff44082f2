namespace Leerwerk.Dialogs.Loading;

#pragma warning disable CA1812 // created by YamlDotNet
internal sealed class RawChoice
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Text { get; set; }

    public Dictionary<string, List<string>>? Synonyms { get; set; }

    public string? Emoji { get; set; }
}
#pragma warning restore CA1812
