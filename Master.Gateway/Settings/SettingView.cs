using System.Text.Json;
using Master.Gateway.Audit;
using Master.Security.Accounts;

namespace Master.Gateway.Settings;

/// <summary>A setting as the API shows it: the value as JSON, not as a string holding JSON.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
internal sealed record SettingView(string Key, JsonElement Value)
{
    private static readonly JsonElement Masked = JsonSerializer.SerializeToElement(SecretMasking.Mask);

    /// <summary>
    /// The stored setting as <paramref name="role"/> may see it. Viewers and operators read everything but secrets
    /// (gateway-api.md, "Roles"), so below admin a key named like a secret hides its whole value and any member named
    /// like one is masked, by the same names the audit trail masks.
    /// </summary>
    public static SettingView From(string key, string storedText, Role role)
    {
        var value = StoredJson.Parse(storedText);
        if (role >= Role.Admin)
        {
            return new SettingView(key, value);
        }

        if (SecretMasking.IsSecretName(key))
        {
            return new SettingView(key, Masked);
        }

        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return new SettingView(key, value);
        }

        // MaskJson refuses documents nested deeper than the audit trail reads; such a value is hidden whole rather
        // than shown with its secrets.
        var masked = SecretMasking.MaskJson(StoredJson.Compact(value));
        return new SettingView(key, masked is null ? Masked : StoredJson.Parse(masked.ToJsonString()));
    }
}
