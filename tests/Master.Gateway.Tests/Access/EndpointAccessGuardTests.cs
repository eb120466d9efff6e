using Master.Gateway.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Master.Gateway.Tests.Access;

/// <summary>The start-up check that no route is mapped without saying who may call it.</summary>
public sealed class EndpointAccessGuardTests
{
    [Test]
    public void A_gateway_route_without_a_role_is_named()
    {
        var endpoints = new[]
        {
            Endpoint("/api/v2/declared", GatewayEndpointMetadata.Instance, new EndpointAccessMetadata(Master.Security.Accounts.Role.Viewer)),
            Endpoint("/api/v2/forgotten", GatewayEndpointMetadata.Instance),
        };

        EndpointAccessGuard.Undeclared(endpoints).Should().Equal("GET /api/v2/forgotten");
    }

    [Test]
    public void Another_route_must_at_least_allow_anonymous_callers_explicitly()
    {
        var endpoints = new[]
        {
            Endpoint("/agent/heartbeat", new AllowAnonymousAttribute()),
            Endpoint("/somewhere"),
        };

        EndpointAccessGuard.Undeclared(endpoints).Should().Equal("GET /somewhere");
    }

    [Test]
    public async Task The_guard_refuses_to_start_while_a_route_is_undeclared()
    {
        var guard = new EndpointAccessGuard(new DefaultEndpointDataSource(Endpoint("/api/v2/forgotten", GatewayEndpointMetadata.Instance)));

        var start = () => guard.StartAsync(CancellationToken.None);

        (await start.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*GET /api/v2/forgotten*");
    }

    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) => new(
        _ => Task.CompletedTask,
        RoutePatternFactory.Parse(pattern),
        0,
        new EndpointMetadataCollection([.. metadata, new HttpMethodMetadata(["GET"])]),
        pattern);
}
