using Leerwerk.Knowledge.Reports;

namespace Leerwerk.Knowledge.Tests;

/// <summary>The knowledge folder as the bot sees it: copied next to the binaries.</summary>
internal static class KnowledgeFolder
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string? Seeds { get; } = SeedFiles.Find(AppContext.BaseDirectory);
}
