using Master.DataHub.Agents;

namespace Master.Processor;

/// <summary>A decompressed snapshot body as the agent channel received it.</summary>
/// <param name="HeaderClusterId">The validated id from <c>X-Cluster-ID</c>, or null to take the body's <c>clusterId</c>.</param>
/// <param name="Json">The decompressed UTF-8 JSON.</param>
/// <param name="Report">The agent's self-description headers.</param>
public sealed record SnapshotSubmission(string? HeaderClusterId, ReadOnlyMemory<byte> Json, AgentReport Report);
