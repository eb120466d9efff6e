using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Routing;

/// <summary>Marks an agent channel endpoint and says which connections belong to the agent listener.</summary>
/// <param name="IsAgentListener">True for connections of the agent listener; null when the channel serves every listener.</param>
internal sealed record AgentListenerMetadata(Func<ConnectionInfo, bool>? IsAgentListener);
