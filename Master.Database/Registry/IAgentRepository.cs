namespace Master.Database.Registry;

/// <summary>The agent registry: every agent's durable record, reloaded at start.</summary>
public interface IAgentRepository
{
    /// <summary>Inserts the agent or replaces every field of its record but the creation time.</summary>
    /// <exception cref="System.Data.Common.DbException">The agent's cluster is not registered.</exception>
    Task UpsertAsync(AgentRecord agent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces (like <see cref="UpsertAsync"/>) every agent in multi-row statements of at most
    /// <c>N</c> rows (500), all in one transaction; returns how many statements it ran (0 for an empty list). A
    /// statement is one batch of up to <c>N</c> agents: one multi-row statement and one round trip on PostgreSQL and
    /// MySQL, a prepared one-row statement re-run per agent on SQLite, which runs in process. Of several records with
    /// the same id, the last one wins and counts once, so the result is <c>ceil(distinct ids / N)</c>.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">
    /// An agent's cluster is not registered; the transaction is rolled back, so none of the agents is written.
    /// </exception>
    Task<int> UpsertManyAsync(IReadOnlyList<AgentRecord> agents, CancellationToken cancellationToken = default);

    /// <summary>The agent with <paramref name="id"/>, or null.</summary>
    Task<AgentRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every recorded agent, by cluster and id.</summary>
    Task<IReadOnlyList<AgentRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the agents last heard from before <paramref name="cutoff"/> (or never heard from and recorded before it)
    /// and the registry rows of their clusters, in one transaction; returns the ids of the clusters it removed, in
    /// ordinal order. A cluster goes with its agents, and with it any agent it still had. The clusters' history (events,
    /// commands, audit entries, ...) has no key on the registry and stays.
    /// </summary>
    Task<IReadOnlyList<string>> PurgeSilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
