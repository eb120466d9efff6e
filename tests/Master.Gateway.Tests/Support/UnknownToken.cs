using System.Buffers.Text;
using System.Security.Cryptography;

namespace Master.Gateway.Tests.Support;

/// <summary>Tokens with the shape of a session token that Master never issued.</summary>
internal static class UnknownToken
{
    public static string New() => "mst_s_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
