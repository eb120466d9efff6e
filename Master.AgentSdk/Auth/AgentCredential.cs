namespace Master.AgentSdk.Auth;

/// <summary>The bearer token a request presented, as UTF-8 bytes; null when it presented none.</summary>
/// <param name="Token">The token bytes, or null.</param>
internal readonly record struct AgentCredential(byte[]? Token);
