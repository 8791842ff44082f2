namespace Leerwerk.Dialogs.Loading;

#pragma warning disable CA1812 // created by YamlDotNet
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
#pragma warning restore CA1812
