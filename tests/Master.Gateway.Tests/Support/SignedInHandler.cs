using System.Net.Http.Headers;

namespace Master.Gateway.Tests.Support;

/// <summary>Adds a bearer token to every request that does not carry an Authorization header of its own.</summary>
internal sealed class SignedInHandler(Func<Task<string>> token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await token());
        return await base.SendAsync(request, cancellationToken);
    }
}
