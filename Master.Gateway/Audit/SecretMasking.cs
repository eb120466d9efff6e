using System.Text.Json;
using System.Text.Json.Nodes;

namespace Master.Gateway.Audit;

/// <summary>
/// Replaces secret values with <c>***</c> before a request is written to the audit log: any member or query parameter
/// whose name says it holds a password, token, secret, credential, key or URL (webhook URLs carry their secret).
/// </summary>
internal static class SecretMasking
{
    public const string Mask = "***";

    private static readonly string[] SecretWords = ["password", "passwd", "secret", "token", "credential", "authorization", "webhook", "dsn"];

    private static readonly string[] SecretEndings = ["key", "url"];

    public static bool IsSecretName(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase))
        || SecretEndings.Any(ending => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The JSON document with every secret member's value masked, or null when it is not JSON or holds text that is not
    /// valid Unicode (a lone surrogate parses, but cannot be written out again).
    /// </summary>
    public static JsonNode? MaskJson(ReadOnlySpan<byte> json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return null;
        }

        try
        {
            MaskInPlace(node);
            _ = node?.ToJsonString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return node;
    }

    private static void MaskInPlace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var name in members.Select(member => member.Key).ToList())
                {
                    if (IsSecretName(name) && members[name] is not null)
                    {
                        members[name] = Mask;
                    }
                    else
                    {
                        MaskInPlace(members[name]);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    MaskInPlace(item);
                }

                break;
        }
    }
}
