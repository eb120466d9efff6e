namespace Master.Gateway.Live;

/// <summary><c>data</c> of <c>error</c>.</summary>
/// <param name="Code">One of <see cref="LiveErrorCodes"/>.</param>
/// <param name="Message">What was wrong, for a person.</param>
internal sealed record LiveError(string Code, string Message);
