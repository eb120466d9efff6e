using System.Text.Json.Serialization;
using Master.DataHub.Commands;

namespace Master.DataHub.Changes;

/// <summary>One change in the hub. The subtypes are closed; switch on them.</summary>
/// <param name="ClusterId">The cluster concerned.</param>
/// <param name="At">When it happened (Master's clock).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SnapshotUpdated), "snapshot.updated")]
[JsonDerivedType(typeof(AgentOnline), "agent.online")]
[JsonDerivedType(typeof(AgentOffline), "agent.offline")]
[JsonDerivedType(typeof(CommandUpdated), "command.updated")]
[JsonDerivedType(typeof(ClusterRemoved), "cluster.removed")]
public abstract record Change(string ClusterId, DateTimeOffset At);

/// <summary>A cluster's snapshot was replaced.</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="At">When it was stored.</param>
/// <param name="Version">The new snapshot version.</param>
public sealed record SnapshotUpdated(string ClusterId, DateTimeOffset At, long Version) : Change(ClusterId, At);

/// <summary>An agent became online (first contact, or back from offline).</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="At">When it was seen.</param>
public sealed record AgentOnline(string ClusterId, DateTimeOffset At) : Change(ClusterId, At);

/// <summary>An agent went silent for longer than the heartbeat timeout.</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="At">When the hub noticed.</param>
/// <param name="LastSeen">The agent's last accepted heartbeat or snapshot.</param>
public sealed record AgentOffline(string ClusterId, DateTimeOffset At, DateTimeOffset LastSeen) : Change(ClusterId, At);

/// <summary>A command was created or changed status.</summary>
/// <param name="ClusterId">The command's cluster.</param>
/// <param name="At">When it changed.</param>
/// <param name="Command">The command as it is now.</param>
public sealed record CommandUpdated(string ClusterId, DateTimeOffset At, Command Command) : Change(ClusterId, At);

/// <summary>A cluster was forgotten (its live state removed).</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="At">When.</param>
public sealed record ClusterRemoved(string ClusterId, DateTimeOffset At) : Change(ClusterId, At);
