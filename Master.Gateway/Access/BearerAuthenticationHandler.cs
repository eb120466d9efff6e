using System.Text.Encodings.Web;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Master.Gateway.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> (and <c>?access_token=</c> on the WebSocket route, where
/// browsers cannot set headers). Only endpoints that require a role look at the token: open ones cost no lookup.
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The only route that takes the token from the query string.</summary>
    public const string QueryTokenPath = "/api/v2/subscribe";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccessMetadata>() is not { Role: not null })
        {
            return AuthenticateResult.NoResult();
        }

        var token = TokenOf(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await authenticator.CheckAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (check.Caller is null)
        {
            AccessFailure.Set(Context, check.Outcome);
            return AuthenticateResult.Fail(check.Outcome.ToString());
        }

        return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.From(check.Caller), Scheme.Name));
    }

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (header.Length > 0)
        {
            return header; // Some other scheme: checked, and refused, as a malformed token.
        }

        return request.Path.Equals(QueryTokenPath, StringComparison.Ordinal) && request.Query["access_token"] is [{ } fromQuery]
            ? fromQuery
            : null;
    }
}

/// <summary>Why a presented token was refused, kept on the request for the 401 answer and the security event.</summary>
internal static class AccessFailure
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, TokenOutcome outcome) => context.Items[Key] = outcome;

    /// <summary>The outcome of the presented token, or null when none was presented.</summary>
    public static TokenOutcome? Get(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? (TokenOutcome?)value : null;
}
