using System.Data.Common;

namespace Master.Database.Migrations;

/// <summary>
/// The database's schema cannot be used by this binary. A <see cref="DbException"/>, like the engines' own errors, so
/// the host can report any relational-store failure at start-up as one line without knowing these types.
/// </summary>
internal abstract class DatabaseMigrationException(string message) : DbException(message);
