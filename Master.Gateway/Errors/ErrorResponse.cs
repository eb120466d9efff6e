namespace Master.Gateway.Errors;

/// <summary>The error envelope of every 4xx and 5xx reply: <c>{"error":{"code":...,"message":...}}</c>.</summary>
/// <param name="Error">What went wrong.</param>
internal sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorDetail(code, message));

    public static ErrorResponse ValidationFailed(string field, string problem) =>
        new(new ErrorDetail(ErrorCodes.ValidationFailed, $"'{field}' {problem}.", new Dictionary<string, string> { [field] = problem }));
}
