namespace Leerwerk.Knowledge.Reports;

/// <summary>One of the source reports; <see cref="Id"/> is the number of its file in shared/seeds.</summary>
public sealed record Report(string Id, string Title, string ShortTitle, string Publisher, int Year, string? File);
