using System.Text.Json.Serialization;

namespace Master.Gateway.Health;

/// <summary>The reply of <c>/healthz</c> and <c>/readyz</c>.</summary>
/// <param name="Status"><c>ok</c> or <c>unavailable</c>.</param>
/// <param name="Checks">For <c>/readyz</c>: each dependency and <c>ok</c> or why it failed.</param>
internal sealed record HealthResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Checks = null);
