using Microsoft.AspNetCore.Builder;

namespace Master.Gateway.Audit;

/// <summary>
/// Marks a POST route that changes nothing (a query sent in a body because it is long), so the audit trail, which records
/// every change, does not fill with reads.
/// </summary>
internal sealed class ReadOnlyEndpoint
{
    public static readonly ReadOnlyEndpoint Instance = new();

    private ReadOnlyEndpoint()
    {
    }
}

/// <summary>Marks routes as <see cref="ReadOnlyEndpoint"/>.</summary>
internal static class ReadOnlyEndpointExtensions
{
    public static TBuilder ChangesNothing<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(ReadOnlyEndpoint.Instance);
}
