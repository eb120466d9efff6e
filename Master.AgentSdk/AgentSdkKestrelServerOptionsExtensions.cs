using Master.AgentSdk;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Microsoft.AspNetCore.Hosting;

/// <summary>Kestrel settings the agent listener needs (agent-protocol.md Appendix B, §8.2 P9).</summary>
public static class AgentSdkKestrelServerOptionsExtensions
{
    /// <summary>Extra room above <see cref="AgentSdkOptions.SnapshotMaxBytes"/> so the endpoint, not Kestrel, answers 413 with JSON.</summary>
    public const long BodySizeSlack = 1024 * 1024;

    /// <summary>
    /// Raises Kestrel's request body limit to at least <see cref="AgentSdkOptions.SnapshotMaxBytes"/> plus
    /// <see cref="BodySizeSlack"/> (the agent endpoints also lift it per request and enforce the protocol limit themselves),
    /// keeps <c>MinRequestBodyDataRate</c> at its default, and makes sure the keep-alive timeout outlives a held poll of
    /// <see cref="AgentSdkOptions.CommandPollTimeout"/> plus 10 s.
    /// </summary>
    public static KestrelServerOptions ConfigureAgentSdkLimits(this KestrelServerOptions kestrel, AgentSdkOptions options)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        ArgumentNullException.ThrowIfNull(options);
        var limits = kestrel.Limits;
        var body = options.SnapshotMaxBytes > long.MaxValue - BodySizeSlack ? long.MaxValue : options.SnapshotMaxBytes + BodySizeSlack;
        if (limits.MaxRequestBodySize is { } current && current < body)
        {
            limits.MaxRequestBodySize = body;
        }

        var hold = options.CommandPollTimeout + TimeSpan.FromSeconds(10);
        if (limits.KeepAliveTimeout < hold)
        {
            limits.KeepAliveTimeout = hold;
        }

        return kestrel;
    }
}
