using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Database;

/// <summary>Which engine holds the relational store and how to reach it (docs/database.md).</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Database";

    /// <summary>The engine (<c>MASTER_DB_TYPE</c>, default SQLite).</summary>
    public DatabaseType Type { get; set; } = DatabaseType.Sqlite;

    /// <summary>The SQLite file (<c>MASTER_DB_PATH</c>); required with SQLite, ignored otherwise.</summary>
    public string? Path { get; set; }

    /// <summary>The connection string for PostgreSQL or MySQL (<c>MASTER_DB_DSN</c>); required with those engines.</summary>
    public string? Dsn { get; set; }

    /// <summary>The most connections the pool opens to PostgreSQL or MySQL (<c>MASTER_DB_MAX_CONNS</c>, default 10).</summary>
    [Range(1, 1000)]
    public int MaxConnections { get; set; } = 10;

    /// <summary>The rules between properties, which annotations cannot state.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type == DatabaseType.Sqlite && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult("Path is required when Type is Sqlite", [nameof(Path)]);
        }

        // The connection string itself is never echoed: it may hold a password.
        if (Type != DatabaseType.Sqlite && string.IsNullOrWhiteSpace(Dsn))
        {
            yield return new ValidationResult($"Dsn is required when Type is {Type}", [nameof(Dsn)]);
        }
    }
}

/// <summary>Validates <see cref="DatabaseOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>;
