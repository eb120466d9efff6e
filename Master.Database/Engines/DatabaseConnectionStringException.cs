using System.Data.Common;

namespace Master.Database.Engines;

/// <summary>
/// The engine's driver refused the connection string (an unknown keyword, a bad value). A <see cref="DbException"/> so
/// that the host reports it like every other relational-store failure; the driver's message names keywords, not values.
/// </summary>
internal sealed class DatabaseConnectionStringException(DatabaseType type, ArgumentException inner)
    : DbException($"the connection string is not valid for {type.ToString().ToLowerInvariant()}: {inner.Message}", inner);
