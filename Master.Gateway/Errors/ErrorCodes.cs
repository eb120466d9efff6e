namespace Master.Gateway.Errors;

/// <summary>The error codes of gateway-api.md, and the code for a bare status.</summary>
internal static class ErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string ValidationFailed = "validation_failed";
    public const string InternalError = "internal_error";
    public const string Unavailable = "unavailable";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string RateLimited = "rate_limited";
    public const string InvalidCredentials = "invalid_credentials";
    public const string AccountDisabled = "account_disabled";

    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        400 => (BadRequest, "The request is malformed."),
        401 => (Unauthenticated, "A valid token is required."),
        403 => (Forbidden, "Your role does not allow this."),
        404 => (NotFound, "There is nothing at this path."),
        405 => ("method_not_allowed", "This path does not accept this method."),
        406 => ("not_acceptable", "No acceptable representation is available."),
        409 => (Conflict, "The request conflicts with the current state."),
        413 => ("payload_too_large", "The request body is too large."),
        415 => ("unsupported_media_type", "The request body has an unsupported media type."),
        422 => (ValidationFailed, "The request is not valid."),
        429 => (RateLimited, "Too many requests; retry later."),
        500 => (InternalError, "An unexpected error occurred."),
        503 => (Unavailable, "The service is unavailable; retry later."),
        _ when status >= 500 => (InternalError, "The server failed to answer the request."),
        _ => (BadRequest, "The request was refused."),
    };
}
