using System.Text.Json;
using Master.Gateway.Errors;
using Microsoft.AspNetCore.Http;

namespace Master.Gateway.Json;

/// <summary>
/// Reads a request body as JSON by hand rather than by binding, so malformed JSON is answered
/// <c>400 bad_request</c> with the line and byte where it broke, and a string that is not valid Unicode (an escaped
/// lone surrogate such as <c>"\ud800"</c>, which parses but cannot be read as text) with where it is.
/// </summary>
internal static class JsonBody
{
    public static async Task<(JsonElement Body, ErrorResponse? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            var body = document.RootElement.Clone();
            return InvalidText(body, "$") is { } path
                ? (default, ErrorResponse.Of(ErrorCodes.BadRequest, $"The body holds text that is not valid Unicode at {path}."))
                : (body, null);
        }
        catch (JsonException exception)
        {
            return (default, ErrorResponse.Of(ErrorCodes.BadRequest,
                $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
        }
    }

    /// <summary>The JSON path of the first string or member name that cannot be read as text, or null.</summary>
    private static string? InvalidText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(() => element.GetString()) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (InvalidText(item, $"{path}[{index++}]") is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!IsText(() => member.Name))
                    {
                        return path + " (a member name)";
                    }

                    if (InvalidText(member.Value, $"{path}.{member.Name}") is { } inMember)
                    {
                        return inMember;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsText(Func<string?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
