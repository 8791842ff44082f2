namespace Leerwerk.Knowledge.Reports;

// Mutable because YamlDotNet fills it by property setters.
internal sealed class ReportEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Publisher { get; set; }
    public int Year { get; set; }
    public string? File { get; set; }
}
