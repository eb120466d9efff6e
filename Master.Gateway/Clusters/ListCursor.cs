using System.Buffers.Text;
using System.Text;

namespace Master.Gateway.Clusters;

/// <summary>
/// Opaque list cursors: base64url of a version tag and the last key of the previous page, so clients cannot build or
/// depend on them and the encoding can change.
/// </summary>
internal static class ListCursor
{
    private const string Prefix = "1:";

    public static string? Encode(string? afterKey) =>
        afterKey is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + afterKey));

    public static bool TryDecode(string cursor, out string afterKey)
    {
        afterKey = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            afterKey = text[Prefix.Length..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
