using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Master.AgentSdk.Auth;

/// <summary>The token checks of agent-protocol.md §11.1: step 3 (a known token) and steps 6/8 (valid for the cluster).</summary>
internal sealed class AgentAuthenticator
{
    /// <summary>Reason: no usable <c>Authorization: Bearer</c> credential.</summary>
    public const string MissingToken = "missing_token";

    /// <summary>Reason: the token equals no configured token.</summary>
    public const string UnknownToken = "unknown_token";

    /// <summary>Reason: the token is configured but not valid for the effective cluster.</summary>
    public const string NotValidForCluster = "token_not_valid_for_cluster";

    private readonly AgentTokenTable _tokens;

    /// <summary>Reads the mode and parses the token table once.</summary>
    public AgentAuthenticator(IOptions<AgentSdkOptions> options)
    {
        var value = options.Value;
        Enabled = value.AgentAuth == AgentAuthMode.Token;
        _tokens = Enabled && AgentTokenTable.TryParse(value.AgentTokens, out var table) is null ? table : AgentTokenTable.Empty;
    }

    /// <summary>True in <see cref="AgentAuthMode.Token"/> mode.</summary>
    public bool Enabled { get; }

    /// <summary>Step 3: reads the credential and checks it is a configured token. Returns a failure reason or null.</summary>
    public string? Authenticate(HttpRequest request, out AgentCredential credential)
    {
        credential = new AgentCredential(ReadBearer(request));
        if (!Enabled)
        {
            return null;
        }

        if (credential.Token is null)
        {
            return MissingToken;
        }

        return _tokens.IsKnown(credential.Token) ? null : UnknownToken;
    }

    /// <summary>Steps 6/8: checks the credential is valid for the cluster. Returns a failure reason or null.</summary>
    public string? Authorize(AgentCredential credential, string clusterId)
    {
        if (!Enabled)
        {
            return null;
        }

        return credential.Token is not null && _tokens.IsValidFor(clusterId, credential.Token) ? null : NotValidForCluster;
    }

    /// <summary>First 8 hex digits (lower case) of the SHA-256 of the token, or null without one.</summary>
    public static string? Fingerprint(byte[]? token)
    {
        if (token is null)
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(token, hash);
        return Convert.ToHexStringLower(hash[..4]);
    }

    private static byte[]? ReadBearer(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        if (values.Count == 0)
        {
            return null;
        }

        var header = (values[0] ?? string.Empty).Trim();
        var space = header.IndexOfAny([' ', '\t']);
        if (space <= 0 || !header.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[(space + 1)..].Trim();
        return token.Length == 0 ? null : Encoding.UTF8.GetBytes(token);
    }
}
