using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

/// <summary>The replies of the agent channel: JSON with a trailing newline, never compressed (agent-protocol.md §1, §7.1).</summary>
internal static class AgentResponses
{
    /// <summary>The content type of every JSON reply.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly byte[] StatusOk = "{\"status\":\"ok\"}\n"u8.ToArray();
    private static readonly byte[] NoCommand = "{\"hasCommand\":false}\n"u8.ToArray();

    /// <summary>Writes <c>200 {"status":"ok"}</c>.</summary>
    public static Task WriteOkAsync(HttpContext context) => WriteJsonAsync(context, StatusCodes.Status200OK, StatusOk);

    /// <summary>Writes <c>200 {"hasCommand":false}</c>.</summary>
    public static Task WriteNoCommandAsync(HttpContext context) => WriteJsonAsync(context, StatusCodes.Status200OK, NoCommand);

    /// <summary>Writes the error envelope <c>{"error":{"code":…,"message":…}}</c>.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var buffer = new MemoryStream(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return WriteJsonAsync(context, status, buffer.ToArray());
    }

    /// <summary>Writes <c>405 method_not_allowed</c> with the <c>Allow</c> header.</summary>
    public static Task WriteMethodNotAllowedAsync(HttpContext context, string allow)
    {
        context.Response.Headers.Allow = allow;
        return WriteErrorAsync(
            context, StatusCodes.Status405MethodNotAllowed, "method_not_allowed", $"This path accepts only {allow}.");
    }

    /// <summary>Writes <c>404 not_found</c>.</summary>
    public static Task WriteNotFoundAsync(HttpContext context) =>
        WriteErrorAsync(context, StatusCodes.Status404NotFound, "not_found", "No such endpoint on the agent channel.");

    /// <summary>Writes <c>413 payload_too_large</c> naming the limit.</summary>
    public static Task WritePayloadTooLargeAsync(HttpContext context, long limit) =>
        WriteErrorAsync(
            context,
            StatusCodes.Status413PayloadTooLarge,
            "payload_too_large",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The request body is larger than the limit {limit} bytes."));

    /// <summary>Writes a 400 with the given code.</summary>
    public static Task WriteBadRequestAsync(HttpContext context, string code, string message) =>
        WriteErrorAsync(context, StatusCodes.Status400BadRequest, code, message);

    /// <summary>Writes prepared JSON bytes with an exact <c>Content-Length</c>.</summary>
    public static async Task WriteJsonAsync(HttpContext context, int status, byte[] json)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes <c>text/plain</c> <c>ok</c> (no body for <c>HEAD</c>).</summary>
    public static Task WriteHealthAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength = 2;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(Encoding.ASCII.GetBytes("ok"), context.RequestAborted).AsTask();
    }
}
