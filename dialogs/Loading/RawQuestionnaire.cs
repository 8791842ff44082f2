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

internal sealed class RawSection
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public List<RawStep>? Steps { get; set; }
}

internal sealed class RawStep
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public bool Required { get; set; }

    public Dictionary<string, string>? Prompt { get; set; }

    public Dictionary<string, string>? Simpler { get; set; }

    public Dictionary<string, string>? Help { get; set; }

    public Dictionary<string, string>? Why { get; set; }

    public Dictionary<string, List<string>>? Examples { get; set; }

    public List<RawChoice>? Choices { get; set; }

    public string? When { get; set; }

    public List<string>? Tags { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public decimal? Default { get; set; }

    public string? NoneChoice { get; set; }

    public RawBarrier? Barrier { get; set; }

    public List<string>? EndsWhen { get; set; }

    public string? ChoicesFrom { get; set; }

    public bool Past { get; set; }
}

internal sealed class RawChoice
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Text { get; set; }

    public Dictionary<string, List<string>>? Synonyms { get; set; }

    public string? Emoji { get; set; }
}

internal sealed class RawBarrier
{
    public List<string>? When { get; set; }

    public Dictionary<string, string>? Label { get; set; }

    public Dictionary<string, string>? NextStep { get; set; }
}

internal sealed class RawTranslation
{
    public string? Language { get; set; }

    public bool Reviewed { get; set; }

    public Dictionary<string, object>? Texts { get; set; }
}
#pragma warning restore CA1812
