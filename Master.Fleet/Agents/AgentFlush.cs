namespace Master.Fleet.Agents;

/// <summary>What one flush of agent records wrote.</summary>
/// <param name="Records">Agents whose record changed and was written.</param>
/// <param name="Batches">Batched statements it took (round trips on the server engines).</param>
internal readonly record struct AgentFlush(int Records, int Batches);
