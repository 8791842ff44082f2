using Npgsql;

namespace Leerwerk.Tests.Shared;

/// <summary>
/// A fresh PostgreSQL database for one test, on the server named by LEERWERK_TEST_POSTGRES (default:
/// the one `bash .ci/postgres` starts), dropped afterwards. An unreachable server fails the test with
/// what to do; it never skips it.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "LEERWERK_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=leerwerk;Password=leerwerk;Database=postgres";

    public PostgresTestDatabase()
    {
        Name = "leerwerk_t_" + Guid.NewGuid().ToString("N");
        using (var connection = OpenServer())
        {
            Execute(connection, $"CREATE DATABASE \"{Name}\"");
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;
    }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : DefaultServer;

    public string Name { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        using var connection = OpenServer();
        // FORCE ends the sessions a killed bot process or a host still closing left behind. Seen once in CI:
        // a session the role may not end (an autovacuum worker on the new database) refused it; a moment
        // later it is gone.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute(connection, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(Server);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            var server = new NpgsqlConnectionStringBuilder(Server);
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {server.Host}:{server.Port} as {server.Username} ({e.Message}). " +
                $"Start it: bash .ci/postgres (which bash .ci/run also does), or point {Variable} at a server where that role may create databases.", e);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
