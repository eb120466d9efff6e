namespace Master.Database;

/// <summary>The engine of the relational store (<c>MASTER_DB_TYPE</c>).</summary>
public enum DatabaseType
{
    /// <summary>A SQLite file (<c>sqlite</c>, the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL (<c>postgres</c>).</summary>
    Postgres,

    /// <summary>MySQL or MariaDB (<c>mysql</c>).</summary>
    MySql,
}
