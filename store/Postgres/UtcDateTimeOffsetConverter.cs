using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Leerwerk.Store.Postgres;

/// <summary>
/// Npgsql writes <c>timestamp with time zone</c> only from offset 0 and throws on any other offset;
/// SQLite stores whatever offset it gets. Converting on the way in keeps both providers accepting
/// the same values (the instant is unchanged).
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
