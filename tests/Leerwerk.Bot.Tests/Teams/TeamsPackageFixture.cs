using System.IO.Compression;
using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Teams;

/// <summary>One host and one `manifest pack` run for all Teams tests: starting the host is the slow part.</summary>
public sealed class TeamsPackageFixture : IAsyncLifetime
{
    public const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public const string BotId = "b7c4a1d2-6e5f-4a3b-8c9d-0e1f2a3b4c5d";
    public const string Domain = "leerwerk.gemeente-voorbeeld.nl";

    private readonly TempDatabase _database = new();

    public BotHost Host { get; private set; } = null!;

    /// <summary>A temporary folder for the test's own output, removed afterwards.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "leerwerk-tests", Guid.NewGuid().ToString("N"));

    public int Code { get; private set; }

    public string Output { get; private set; } = string.Empty;

    public string ZipPath => Path.Combine(Folder, "leerwerk-teams.zip");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Host = new BotHost(_database);
        (Code, Output) = await Cli.RunAsync(Host, string.Empty, "manifest", "pack", "--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", ZipPath);
    }

    public byte[] Entry(string name)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = zip.GetEntry(name)?.Open() ?? throw new FileNotFoundException(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
