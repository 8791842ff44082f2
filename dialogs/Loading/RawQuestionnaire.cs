namespace Leerwerk.Dialogs.Loading;

// The YAML as written; QuestionnaireLoader checks it and turns it into the model.
#pragma warning disable CA1812 // created by YamlDotNet
internal sealed class RawQuestionnaire
{
    public string? Id { get; set; }

    public int Version { get; set; }

    public string? Audience { get; set; }

    public List<string>? Start { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public Dictionary<string, string>? Intro { get; set; }

    public List<RawSection>? Sections { get; set; }
}
#pragma warning restore CA1812
