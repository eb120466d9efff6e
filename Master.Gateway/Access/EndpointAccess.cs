using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Master.Gateway.Access;

/// <summary>
/// Declares who may call an endpoint. Every gateway endpoint declares it once, with one of these two calls: the
/// authorisation fallback denies an endpoint that forgot, and a test fails on it (docs/security.md, "Roles").
/// </summary>
internal static class EndpointAccess
{
    /// <summary>Only callers holding <paramref name="role"/> or a higher one.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EndpointAccessMetadata(role)).RequireAuthorization(RolePolicies.NameOf(role));

    /// <summary>Anyone, signed in or not (health, metrics, login).</summary>
    public static TBuilder AllowAnyone<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EndpointAccessMetadata(null)).AllowAnonymous();
}

/// <summary>The access an endpoint declared: the least role it needs, or null for anyone.</summary>
/// <param name="Role">The least role, or null when the endpoint is open.</param>
internal sealed record EndpointAccessMetadata(Role? Role);
