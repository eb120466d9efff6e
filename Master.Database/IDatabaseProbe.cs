namespace Master.Database;

/// <summary>Whether the relational store answers now, for readiness checks.</summary>
public interface IDatabaseProbe
{
    /// <summary>Runs a trivial query; completes when the store answered, throws (a <see cref="System.Data.Common.DbException"/>) when not.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
