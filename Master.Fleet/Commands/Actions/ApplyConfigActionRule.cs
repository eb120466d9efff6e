using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>The <c>apply_config</c> action of §11.7: a versioned configuration whose hash must match its content.</summary>
internal static class ApplyConfigActionRule
{
    public static ActionRule Rule { get; } = new("apply_config", TargetRule.None("a configuration applies to the whole agent"),
    [
        ParamRule.String("name", required: true),
        ParamRule.Integer("version", 1, required: true),
        new ParamRule("hash", ParamType.Sha256) { Required = true },
        ParamRule.Choice("contentType", ["yaml", "json"], required: true),
        ParamRule.String("rawConfig", required: true) with { AllowEmpty = true },
    ])
    {
        CrossCheck = Check,
    };

    private static void Check(ActionRequest request, Problems problems)
    {
        var rawConfig = request.Params.GetString("rawConfig");
        if (rawConfig is null)
        {
            return;
        }

        var hash = request.Params.GetString("hash");
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawConfig)));
        if (!problems.Has("params.hash") && hash is not null && hash != actual)
        {
            problems.Add("params.hash", $"hash must be the SHA-256 of the UTF-8 bytes of rawConfig, {actual}; got {Shown.Text(hash)}");
        }

        if (request.Params.GetString("contentType") == "json" && JsonProblem(rawConfig) is { } problem)
        {
            problems.Add("params.rawConfig", $"rawConfig must be a JSON document, since contentType is json: {problem}");
        }
    }

    private static string? JsonProblem(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }
}
