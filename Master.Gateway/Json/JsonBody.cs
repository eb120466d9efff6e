using System.Text.Json;
using Master.Gateway.Errors;
using Microsoft.AspNetCore.Http;

namespace Master.Gateway.Json;

/// <summary>
/// Reads a request body as JSON by hand rather than by binding, so malformed JSON is answered
/// <c>400 bad_request</c> with the line and byte where it broke.
/// </summary>
internal static class JsonBody
{
    public static async Task<(JsonElement Body, ErrorResponse? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return (default, ErrorResponse.Of(ErrorCodes.BadRequest,
                $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
        }
    }
}
