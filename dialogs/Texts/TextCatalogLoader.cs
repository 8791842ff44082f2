using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Leerwerk.Dialogs.Texts;

public static class TextCatalogLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads every `*.yaml` in <paramref name="directory"/>; errors name the file.</summary>
    public static TextCatalog Load(string directory)
    {
        var files = new Dictionary<string, TextFile>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = Read(path);
            if (!files.TryAdd(file.Language, file))
                throw new InvalidDataException($"{Path.GetFileName(path)}: taal '{file.Language}' staat in twee bestanden.");
        }

        if (!files.ContainsKey(Language.Dutch))
            throw new InvalidDataException($"{directory}: er is geen nl.yaml; elke tekst heeft een Nederlandse versie nodig.");
        return new TextCatalog(files);
    }

    private static TextFile Read(string path)
    {
        RawTextFile raw;
        try
        {
            raw = Yaml.Deserialize<RawTextFile>(File.ReadAllText(path)) ?? new RawTextFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}, regel {e.Start.Line}: {e.Message}", e);
        }

        var language = raw.Language ?? Path.GetFileNameWithoutExtension(path);
        return new TextFile(language, raw.Name ?? language, raw.RightToLeft, raw.Reviewed, raw.Texts ?? []);
    }

    private sealed class RawTextFile
    {
        public string? Language { get; set; }

        public string? Name { get; set; }

        public bool RightToLeft { get; set; }

        public bool Reviewed { get; set; }

        public Dictionary<string, string>? Texts { get; set; }
    }
}
