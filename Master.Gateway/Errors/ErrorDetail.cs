using System.Text.Json.Serialization;

namespace Master.Gateway.Errors;

/// <summary>The inside of the error envelope.</summary>
/// <param name="Code">A snake_case code clients switch on.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Fields">For <c>validation_failed</c>: what is wrong with each named field.</param>
/// <param name="Checks">For <c>/readyz</c>: each dependency and <c>ok</c> or why it failed.</param>
internal sealed record ErrorDetail(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Fields = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Checks = null);
