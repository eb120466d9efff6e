using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Master.Security.Tokens;

/// <summary>
/// The opaque bearer tokens Master issues: 32 random bytes in base64url behind a prefix that says what they are,
/// <c>mst_s_</c> for login sessions and <c>mst_k_</c> for API keys (so a leaked one is recognised by secret scanners).
/// </summary>
internal static class BearerTokens
{
    public const string SessionPrefix = "mst_s_";
    public const string ApiKeyPrefix = "mst_k_";

    private const int RandomBytes = 32;

    // Base64url of 32 bytes without padding.
    private const int EncodedLength = 43;

    public static string NewSessionToken() => SessionPrefix + Random();

    public static string NewApiKey() => ApiKeyPrefix + Random();

    /// <summary>
    /// The lower-case hex SHA-256 of the token, which is all the store keeps. A token carries 256 random bits, so a slow
    /// password hash would add latency to every request and no safety.
    /// </summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the value has the shape of a Master token, so garbage is refused without a database lookup.</summary>
    public static bool LooksLikeToken(string? value)
    {
        if (value is null || value.Length != SessionPrefix.Length + EncodedLength
            || !(value.StartsWith(SessionPrefix, StringComparison.Ordinal) || value.StartsWith(ApiKeyPrefix, StringComparison.Ordinal)))
        {
            return false;
        }

        return value.AsSpan(SessionPrefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
}
