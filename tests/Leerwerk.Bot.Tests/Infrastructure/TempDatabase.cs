namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>A fresh SQLite file per test, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leerwerk-tests", Guid.NewGuid().ToString("N"), "leerwerk.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing; the temp folder is cleaned by the OS.
        }
    }
}
