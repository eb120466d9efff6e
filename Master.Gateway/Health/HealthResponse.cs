using System.Text.Json.Serialization;

namespace Master.Gateway.Health;

/// <summary>The 200 reply of <c>/healthz</c> and <c>/readyz</c>; a 503 from <c>/readyz</c> is the error envelope.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="Checks">For <c>/readyz</c>: each dependency and <c>ok</c>.</param>
internal sealed record HealthResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Checks = null);
