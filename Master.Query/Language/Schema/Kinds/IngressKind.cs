using System.Globalization;
using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>ingresses</c> kind.</summary>
internal static class IngressKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<Ingress>("ingresses", namespaced: true, snapshot => snapshot.Ingresses, "ingress", "ing")
        .Common(
            name: ingress => ingress.Summary.Name,
            ns: ingress => ingress.Summary.Namespace,
            created: ingress => ingress.Summary.CreatedAt,
            labels: ingress => ingress.Labels,
            annotations: ingress => ingress.Annotations)
        .Text("class", ingress => ingress.Spec.IngressClassName is { Length: > 0 } name ? name : ingress.Summary.IngressClass)
        .TextList("hosts", Hosts)
        .TextList("host", Hosts)
        .TextList("paths", ingress => ingress.Spec.Rules.SelectMany(rule => rule.Paths).Select(path => path.Path))
        .TextList("backends", Backends)
        .Bool("tls", ingress => ingress.Spec.Tls.Count > 0 || ingress.Summary.TlsEnabled)
        .TextList("tls_hosts", ingress => ingress.Spec.Tls.SelectMany(tls => tls.Hosts).Distinct(StringComparer.Ordinal))
        .Defaults("namespace", "name", "class", "hosts", "age")
        .Build();

    /// <summary>The summary's hosts and the rules' hosts: both are optional on the wire.</summary>
    private static IEnumerable<string> Hosts(Ingress ingress) =>
        ingress.Summary.Hosts.Concat(ingress.Spec.Rules.Select(rule => rule.Host)).Distinct(StringComparer.Ordinal);

    /// <summary>The service backends of the rules and the default backend; a resource backend has no service:port.</summary>
    private static IEnumerable<string> Backends(Ingress ingress) => ingress.Spec.Rules
        .SelectMany(rule => rule.Paths)
        .Select(path => path.Backend)
        .Append(ingress.Spec.DefaultBackend)
        .Select(backend => backend?.Service)
        .OfType<IngressServiceBackend>()
        .Select(service => $"{service.Name}:{Port(service)}")
        .Distinct(StringComparer.Ordinal);

    /// <summary>The port number, or the port's name when the backend names it instead.</summary>
    private static string Port(IngressServiceBackend service) =>
        service.PortNumber != 0 ? service.PortNumber.ToString(CultureInfo.InvariantCulture) : service.PortName;
}
