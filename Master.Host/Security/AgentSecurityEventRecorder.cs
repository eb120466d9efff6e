using System.Text.Json;
using Master.AgentSdk.Auth;
using Master.Security.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Master.Host.Security;

/// <summary>Sends the agent channel's security events to the security event log, which admins list and resolve.</summary>
internal sealed class AgentSecurityEventRecorder(ISecurityEventLog log) : IAgentSecurityEvents
{
    public ValueTask AuthenticationFailedAsync(string reason, string path, string remoteAddress, string? claimedClusterId, string? tokenFingerprint) =>
        log.RecordAsync(
            SecurityEventKinds.AgentAuthFailed, SecuritySeverities.Warning, null, remoteAddress,
            JsonSerializer.Serialize(new { reason, path, clusterId = claimedClusterId, tokenFingerprint }));

    // An agent answering for another cluster's command is misconfigured or impersonating one: critical.
    public ValueTask ClusterMismatchAsync(string commandId, string commandClusterId, string claimedClusterId, string remoteAddress) =>
        log.RecordAsync(
            SecurityEventKinds.AgentClusterMismatch, SecuritySeverities.Critical, null, remoteAddress,
            JsonSerializer.Serialize(new { commandId, clusterId = commandClusterId, claimedClusterId }));
}

/// <summary>Registers <see cref="AgentSecurityEventRecorder"/> in place of the agent channel's log-only default.</summary>
internal static class AgentSecurityEventsServiceCollectionExtensions
{
    public static IServiceCollection AddAgentSecurityEvents(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IAgentSecurityEvents, AgentSecurityEventRecorder>());
}
