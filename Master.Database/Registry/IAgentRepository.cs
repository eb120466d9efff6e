namespace Master.Database.Registry;

/// <summary>The agent registry: every agent's durable record, reloaded at start.</summary>
public interface IAgentRepository
{
    /// <summary>Inserts the agent or replaces every field of its record but the creation time.</summary>
    /// <exception cref="System.Data.Common.DbException">The agent's cluster is not registered.</exception>
    Task UpsertAsync(AgentRecord agent, CancellationToken cancellationToken = default);

    /// <summary>The agent with <paramref name="id"/>, or null.</summary>
    Task<AgentRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every recorded agent, by cluster and id.</summary>
    Task<IReadOnlyList<AgentRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes agents last heard from before <paramref name="cutoff"/> (or never heard from and recorded before it);
    /// returns how many.
    /// </summary>
    Task<int> DeleteSilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
