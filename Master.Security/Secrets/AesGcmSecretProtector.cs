using System.Security.Cryptography;
using System.Text;

namespace Master.Security.Secrets;

/// <summary>AES-256-GCM with a fresh 12-byte nonce per value and the purpose as associated data.</summary>
internal sealed class AesGcmSecretProtector(SecretKey key) : ISecretProtector
{
    public const string Prefix = "enc:v1:";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceBytes + clear.Length + TagBytes];
        var nonce = sealedValue.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagBytes);
        aes.Encrypt(nonce, clear, sealedValue.AsSpan(NonceBytes, clear.Length), sealedValue.AsSpan(NonceBytes + clear.Length), Encoding.UTF8.GetBytes(purpose));
        return Prefix + Convert.ToBase64String(sealedValue);
    }

    public string Unprotect(string protectedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (!IsProtected(protectedValue))
        {
            throw new SecretDecryptionException($"The stored secret for '{purpose}' is not in the encrypted form ({Prefix}...).");
        }

        byte[] sealedValue;
        try
        {
            sealedValue = Convert.FromBase64String(protectedValue[Prefix.Length..]);
        }
        catch (FormatException exception)
        {
            throw new SecretDecryptionException($"The stored secret for '{purpose}' is not valid base64.", exception);
        }

        if (sealedValue.Length < NonceBytes + TagBytes)
        {
            throw new SecretDecryptionException($"The stored secret for '{purpose}' is too short to be one.");
        }

        var cipherLength = sealedValue.Length - NonceBytes - TagBytes;
        var clear = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagBytes);
            aes.Decrypt(
                sealedValue.AsSpan(0, NonceBytes), sealedValue.AsSpan(NonceBytes, cipherLength), sealedValue.AsSpan(NonceBytes + cipherLength),
                clear, Encoding.UTF8.GetBytes(purpose));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new SecretDecryptionException(
                $"The stored secret for '{purpose}' does not decrypt: it was changed, or made with another key (MASTER_SECRET_KEY) or for another field.",
                exception);
        }

        return Encoding.UTF8.GetString(clear);
    }

    public bool IsProtected(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);
}
