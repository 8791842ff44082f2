using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Storage;

public sealed class PostgresEfStorageTests() : EfStorageTests(TempDatabase.Postgres);
