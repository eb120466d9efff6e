using System.Diagnostics;
using System.Text.Json.Nodes;
using Master.Database.Audit;
using Master.Gateway.Access;
using Master.Security.Accounts;
using Master.Security.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Master.Gateway.Audit;

/// <summary>
/// Writes an audit entry for every gateway request that changes something (POST, PUT, PATCH, DELETE) and for every
/// 401 and 403, with the request body's secrets masked. The entry is queued, not written, on the request path.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, IAuditTrail trail, TimeProvider timeProvider)
{
    /// <summary>How much of a request body is kept in the summary.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>The longest summary stored; longer ones are cut.</summary>
    public const int MaxSummaryLength = 4096;

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<GatewayEndpointMetadata>() is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var changes = IsChange(context.Request.Method) && endpoint.Metadata.GetMetadata<ReadOnlyEndpoint>() is null;
        if (changes)
        {
            context.Request.EnableBuffering();
        }

        var started = Stopwatch.GetTimestamp();
        var occurredAt = timeProvider.GetUtcNow();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var status = context.Response.StatusCode;
            if (changes || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                var entry = await EntryAsync(context, endpoint, occurredAt, Stopwatch.GetElapsedTime(started), changes).ConfigureAwait(false);
                await trail.EnqueueAsync(entry, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static bool IsChange(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static async Task<AuditLogRecord> EntryAsync(
        HttpContext context, Endpoint endpoint, DateTimeOffset occurredAt, TimeSpan duration, bool withBody)
    {
        var request = context.Request;
        var caller = context.User.ToCaller();
        var actor = caller is null ? AuditActor.Get(context) : (caller.Username, caller.UserId);
        var resource = AuditResource.Of(endpoint, request.RouteValues);
        var status = context.Response.StatusCode;
        var detail = new JsonObject();
        if (request.QueryString.HasValue)
        {
            detail["query"] = MaskedQuery(request.Query);
        }

        if (withBody && await BodySummaryAsync(request).ConfigureAwait(false) is { } body)
        {
            // A resource named like a secret (PUT /settings/slack.webhook_url) is its body: all of it is masked.
            detail["body"] = SecretMasking.IsSecretName(resource.Id) ? SecretMasking.Mask : body;
        }

        return new AuditLogRecord(
            0,
            occurredAt,
            actor?.UserId,
            actor?.Username ?? string.Empty,
            endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{request.Method} {resource.Type}",
            resource.Type,
            resource.Id,
            resource.ClusterId,
            status < 400,
            context.Connection.RemoteIpAddress?.ToString(),
            Cut(detail.ToJsonString(), MaxSummaryLength),
            caller?.Role.ToName() ?? string.Empty,
            caller?.Source ?? string.Empty,
            request.Method,
            request.Path.Value ?? string.Empty,
            status,
            CutOrNull(request.Headers[HeaderNames.UserAgent].ToString(), 256),
            (long)duration.TotalMilliseconds);
    }

    private static JsonObject MaskedQuery(IQueryCollection query)
    {
        var masked = new JsonObject();
        foreach (var (name, values) in query)
        {
            masked[name] = SecretMasking.IsSecretName(name) ? SecretMasking.Mask : values.ToString();
        }

        return masked;
    }

    private static async Task<JsonNode?> BodySummaryAsync(HttpRequest request)
    {
        if (!request.Body.CanSeek)
        {
            return null;
        }

        request.Body.Position = 0;
        var buffer = new byte[MaxBodyBytes];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await request.Body.ReadAsync(buffer.AsMemory(read), CancellationToken.None).ConfigureAwait(false)) > 0)
        {
            read += count;
        }

        if (read == 0)
        {
            return null;
        }

        var complete = read < buffer.Length || request.Body.ReadByte() < 0;
        if (complete && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != false
            && SecretMasking.MaskJson(buffer.AsSpan(0, read)) is { } json)
        {
            return json;
        }

        // Text we cannot parse could hold anything, secrets included: only its size is kept.
        return JsonValue.Create($"{(complete ? read.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + read)} bytes of {request.ContentType ?? "unknown content"}");
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static string? CutOrNull(string text, int max) => text.Length == 0 ? null : Cut(text, max);
}
