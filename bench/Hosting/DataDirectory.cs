namespace Leerwerk.Bench.Hosting;

/// <summary>A fresh folder for one bot's database and keys, removed afterwards.</summary>
internal sealed class DataDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leerwerk-bench", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A bot still closing its files; the temp folder is the OS's to clean.
        }
    }
}
