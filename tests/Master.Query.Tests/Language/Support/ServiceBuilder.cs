using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One Service of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.9).</summary>
internal sealed class ServiceBuilder(string ns, string name)
{
    private string _type = "ClusterIP";
    private string? _externalIp;
    private int _port = 80;

    /// <summary><c>ClusterIP</c>, <c>NodePort</c>, <c>LoadBalancer</c> or <c>ExternalName</c>.</summary>
    public ServiceBuilder Type(string type)
    {
        _type = type;
        return this;
    }

    /// <summary>The address the load balancer controller assigned (status.loadBalancer.ingress and the external IPs).</summary>
    public ServiceBuilder ExternalIp(string ip)
    {
        _externalIp = ip;
        return this;
    }

    public ServiceBuilder Port(int port)
    {
        _port = port;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var age = TimeSpan.FromDays(45);
        var clusterIp = snapshot.NextServiceIp();
        var balancer = _type == "LoadBalancer";
        string[] external = _externalIp is null ? [] : [_externalIp];
        var port = new JsonObject { ["name"] = "http", ["protocol"] = "TCP", ["port"] = _port, ["targetPort"] = "http" };
        if (balancer || _type == "NodePort")
        {
            port["nodePort"] = 30_000 + (_port % 2_000);
        }

        return new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["type"] = _type,
                ["createdAt"] = Wire.Time(snapshot.Now - age),
                ["age"] = Wire.Age(age),
                ["portsCount"] = 1,
                ["hasSelector"] = true,
                ["clusterIP"] = clusterIp,
            }.Opt("badges", balancer ? ["LB"] : _type == "NodePort" ? ["NodePort"] : []),
            ["spec"] = new JsonObject
            {
                ["type"] = _type,
                ["sessionAffinity"] = "None",
                ["ipFamilies"] = Wire.Strings(["IPv4"]),
                ["ipFamilyPolicy"] = "SingleStack",
                ["clusterIPs"] = Wire.Strings([clusterIp]),
            }.Opt("externalTrafficPolicy", balancer ? "Cluster" : null).Opt("externalIPs", external)
                .Opt("allocateLoadBalancerNodePorts", balancer),
            ["ports"] = new JsonArray(port),
            ["selector"] = new JsonObject { ["app"] = name },
            ["network"] = new JsonObject
            {
                ["clusterIPs"] = Wire.Strings([clusterIp]),
                ["ipFamilies"] = Wire.Strings(["IPv4"]),
                ["ipFamilyPolicy"] = "SingleStack",
                ["internalTrafficPolicy"] = "Cluster",
            }.Opt("externalIPs", external).Opt("loadBalancerIngress", external).Opt("externalTrafficPolicy", balancer ? "Cluster" : null),
            ["labels"] = new JsonObject { ["app"] = name },
        };
    }
}
