using Microsoft.Data.Sqlite;

namespace Leerwerk.Bot.Storage;

internal static class SqliteFiles
{
    /// <summary>How long a write waits for another before it gives up.</summary>
    public const int BusyTimeoutSeconds = 30;

    /// <summary>Creates the folder of the database file, so a fresh clone starts without set-up.</summary>
    public static string PrepareConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:") Directory.CreateDirectory(folder);
        // Two turns of one conversation may write at once; let the second wait rather than fail.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, BusyTimeoutSeconds);
        return builder.ToString();
    }
}
