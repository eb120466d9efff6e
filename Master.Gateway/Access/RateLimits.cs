using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Master.Gateway.Errors;
using Master.Security.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Access;

/// <summary>
/// The gateway's request limits, on ASP.NET Core's rate limiter: login attempts per address (this policy) and per
/// username (<see cref="LoginThrottle"/>), and a token bucket per token, or per address for callers without a valid
/// one, on every endpoint that needs a role. A refused request is <c>429 rate_limited</c> with <c>Retry-After</c>.
/// </summary>
internal static class RateLimits
{
    public const string LoginPolicy = "login";

    public static void Configure(RateLimiterOptions limiter, GatewayOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(LoginPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            AddressOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.LoginAttemptsPerAddress,
                Window = options.LoginWindow,
                QueueLimit = 0,
            }));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccessMetadata>() is not { Role: not null })
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var key = context.User.ToCaller() is { } caller
                ? "token:" + caller.TokenId.ToString(CultureInfo.InvariantCulture)
                : "address:" + AddressOf(context);
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RequestBurst,
                TokensPerPeriod = options.RequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            });
        });
        limiter.OnRejected = (rejected, cancellationToken) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            return RejectAsync(rejected.HttpContext, retryAfter, rejected.HttpContext.User.ToCaller()?.Username, cancellationToken);
        };
    }

    /// <summary>Answers 429 with <c>Retry-After</c> and records the security event.</summary>
    public static async ValueTask RejectAsync(HttpContext context, TimeSpan retryAfter, string? username, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var events = context.RequestServices.GetRequiredService<ISecurityEventLog>();
        await events.RecordAsync(
            SecurityEventKinds.RateLimited, SecuritySeverities.Warning, username, AddressOf(context),
            JsonSerializer.Serialize(new { method = context.Request.Method, path = context.Request.Path.Value, retryAfterSeconds = seconds }),
            cancellationToken).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(
            ErrorResponse.Of(ErrorCodes.RateLimited, $"Too many requests; retry in {seconds} s."), cancellationToken).ConfigureAwait(false);
    }

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>Counts login attempts per username, wherever they come from, so one account cannot be guessed at from many addresses.</summary>
internal sealed class LoginThrottle(IOptions<GatewayOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        username => RateLimitPartition.GetFixedWindowLimiter(username, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerUser,
            Window = options.Value.LoginWindow,
            QueueLimit = 0,
        }),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one attempt for <paramref name="username"/>; the lease says whether it was granted and, if not, for how long.</summary>
    public RateLimitLease Attempt(string username) => _limiter.AttemptAcquire(username);

    public void Dispose() => _limiter.Dispose();
}
