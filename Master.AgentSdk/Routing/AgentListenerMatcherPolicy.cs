using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Master.AgentSdk.Routing;

/// <summary>
/// Splits routing by listener: a request on the agent listener can only reach agent channel endpoints, and any other
/// request can reach every endpoint but those. It runs before the HTTP-method policy, so each listener keeps its own
/// 405 answers and the agent catch-all never hides the gateway's.
/// </summary>
internal sealed class AgentListenerMatcherPolicy : MatcherPolicy, INodeBuilderPolicy
{
    private static readonly object OtherListeners = new();

    /// <inheritdoc />
    public override int Order => -2000;

    /// <inheritdoc />
    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<AgentListenerMetadata>()?.IsAgentListener is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints)
    {
        var agent = new Dictionary<AgentListenerMetadata, List<Endpoint>>();
        var other = new List<Endpoint>();
        foreach (var endpoint in endpoints)
        {
            var metadata = endpoint.Metadata.GetMetadata<AgentListenerMetadata>();
            if (metadata?.IsAgentListener is null)
            {
                other.Add(endpoint);
                continue;
            }

            if (!agent.TryGetValue(metadata, out var list))
            {
                agent[metadata] = list = [];
            }

            list.Add(endpoint);
        }

        var edges = agent.Select(pair => new PolicyNodeEdge(pair.Key, pair.Value)).ToList();
        edges.Add(new PolicyNodeEdge(OtherListeners, other));
        return edges;
    }

    /// <inheritdoc />
    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        var agent = new List<(Func<ConnectionInfo, bool> IsAgentListener, int Destination)>();
        var other = exitDestination;
        foreach (var edge in edges)
        {
            if (edge.State is AgentListenerMetadata metadata)
            {
                agent.Add((metadata.IsAgentListener!, edge.Destination));
            }
            else
            {
                other = edge.Destination;
            }
        }

        return new ListenerJumpTable([.. agent], other);
    }

    private sealed class ListenerJumpTable(
        (Func<ConnectionInfo, bool> IsAgentListener, int Destination)[] agent, int other) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext)
        {
            foreach (var (isAgentListener, destination) in agent)
            {
                if (isAgentListener(httpContext.Connection))
                {
                    return destination;
                }
            }

            return other;
        }
    }
}
