using System.Net;
using System.Net.Http.Headers;
using Master.Gateway.Access;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Access;

/// <summary>
/// Every route × {no token, bad token, viewer, operator, admin} against the real host: 401 without a valid token, 403
/// below the route's role, and neither at or above it. A route missing from <see cref="AccessMatrix"/> fails the run,
/// so a new route cannot land without its role being stated and checked here.
/// </summary>
public sealed class AccessMatrixTests
{
    private static readonly Role[] Roles = [Role.Viewer, Role.Operator, Role.Admin];

    [Test]
    public async Task Every_route_answers_each_caller_as_its_role_allows()
    {
        await using var factory = new GatewayFactory();
        var tokens = new Dictionary<Role, string>();
        foreach (var role in Roles)
        {
            tokens[role] = await factory.TokenForAsync(role);
        }

        var unknownToken = UnknownToken.New();
        var wrong = new List<string>();
        foreach (var route in AccessMatrix.Routes)
        {
            Check(wrong, route, "no token", await SendAsync(factory, route, token: null), route.Role is null ? Allowed : Unauthenticated);
            Check(wrong, route, "bad token", await SendAsync(factory, route, unknownToken), route.Role is null ? Allowed : Unauthenticated);
            foreach (var role in Roles)
            {
                var expected = route.Role is null || role >= route.Role ? Allowed : Forbidden;
                Check(wrong, route, role.ToName(), await SendAsync(factory, route, tokens[role]), expected);
            }
        }

        wrong.Should().BeEmpty();
    }

    [Test]
    public async Task The_matrix_covers_every_gateway_route_the_host_maps_with_the_role_it_declares()
    {
        await using var factory = new GatewayFactory();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<GatewayEndpointMetadata>() is not null)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method =>
                $"{method} /{endpoint.RoutePattern.RawText!.TrimStart('/')} {endpoint.Metadata.GetMetadata<EndpointAccessMetadata>()?.Role}"));

        mapped.Should().BeEquivalentTo(AccessMatrix.Routes.Select(route => $"{route.Key} {route.Role}"));
    }

    private const string Allowed = "allowed";
    private const string Unauthenticated = "401";
    private const string Forbidden = "403";

    private static void Check(List<string> wrong, RouteAccess route, string caller, HttpStatusCode status, string expected)
    {
        var code = (int)status;
        var ok = expected switch
        {
            Unauthenticated => code == 401,
            Forbidden => code == 403,
            _ => code is not (401 or 403) and < 500,
        };
        if (!ok)
        {
            wrong.Add($"{route.Method} {route.Path} as {caller}: {code}, expected {expected}");
        }
    }

    private static async Task<HttpStatusCode> SendAsync(GatewayFactory factory, RouteAccess route, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Body is not null)
        {
            request.Content = new StringContent(route.Body, System.Text.Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await factory.Anonymous.SendAsync(request);
        return response.StatusCode;
    }

}
