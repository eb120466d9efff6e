namespace Master.AgentSdk.Body;

/// <summary>What reading a body gave: the body, or the protocol error code that stopped it.</summary>
/// <param name="Body">The decoded body; null on error.</param>
/// <param name="ErrorCode"><c>payload_too_large</c> or <c>invalid_gzip</c>; null on success.</param>
/// <param name="Gzip">Whether the body was gunzipped.</param>
internal readonly record struct BodyReadResult(RequestBody? Body, string? ErrorCode, bool Gzip);
