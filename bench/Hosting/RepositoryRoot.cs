namespace Leerwerk.Bench.Hosting;

/// <summary>The folder with Leerwerk.sln, found upwards from where the benchmark runs.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leerwerk.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("Leerwerk.sln not found above " + Directory.GetCurrentDirectory());
    }
}
