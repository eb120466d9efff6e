using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One Ingress of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.10): one rule per host, path <c>/</c>.</summary>
internal sealed class IngressBuilder(string ns, string name)
{
    private string[] _hosts = [name + ".example.com"];
    private bool _tls;

    public IngressBuilder Hosts(params string[] hosts)
    {
        _hosts = hosts;
        return this;
    }

    /// <summary>Serves every host over TLS with a certificate secret.</summary>
    public IngressBuilder Tls()
    {
        _tls = true;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var age = TimeSpan.FromDays(20);
        var rules = new JsonArray();
        foreach (var host in _hosts)
        {
            rules.Add(new JsonObject
            {
                ["host"] = host,
                ["paths"] = new JsonArray(new JsonObject
                {
                    ["path"] = "/",
                    ["pathType"] = "Prefix",
                    ["backend"] = new JsonObject
                    {
                        ["type"] = "Service",
                        ["service"] = new JsonObject { ["name"] = name, ["portNumber"] = 80 },
                    },
                }),
            });
        }

        var spec = new JsonObject { ["ingressClassName"] = "nginx", ["rules"] = rules };
        if (_tls)
        {
            spec["tls"] = new JsonArray(new JsonObject { ["hosts"] = Wire.Strings(_hosts), ["secretName"] = name + "-tls" });
        }

        return new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["createdAt"] = Wire.Time(snapshot.Now - age),
                ["age"] = Wire.Age(age),
                ["ingressClass"] = "nginx",
                ["hostsCount"] = _hosts.Length,
                ["pathsCount"] = _hosts.Length,
                ["tlsEnabled"] = _tls,
                ["hosts"] = Wire.Strings(_hosts),
            },
            ["spec"] = spec,
            ["status"] = new JsonObject { ["loadBalancer"] = Wire.Strings(["a1b2c3d4e5-123456789.us-east-1.elb.amazonaws.com"]) },
            ["labels"] = new JsonObject { ["app"] = name },
        };
    }
}
