namespace Master.Gateway.Errors;

/// <summary>The error envelope of every 4xx and 5xx reply: <c>{"error":{"code":...,"message":...}}</c>.</summary>
/// <param name="Error">What went wrong.</param>
internal sealed record ErrorResponse(ErrorDetail Error)
{
    // Long enough to recognise the value, short enough that an echoed parameter cannot bloat the reply.
    private const int MaxEchoedLength = 100;

    public static ErrorResponse Of(string code, string message) => new(new ErrorDetail(code, message));

    /// <summary>A <c>422 validation_failed</c> naming the query parameter, the value sent and what was expected.</summary>
    public static ErrorResponse InvalidQueryParameter(string parameter, string value, string expected)
    {
        var echoed = value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "...";
        return new(new ErrorDetail(
            ErrorCodes.ValidationFailed,
            $"Query parameter '{parameter}' is '{echoed}'; expected {expected}.",
            new Dictionary<string, string> { [parameter] = $"expected {expected}" }));
    }
}
