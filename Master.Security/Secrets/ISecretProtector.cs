namespace Master.Security.Secrets;

/// <summary>
/// Encrypts secret fields before they are stored (notify-channel passwords, webhook URLs) and decrypts them when they
/// are used. The purpose names the field, such as <c>notify:slack:webhook_url</c>, and is bound to the ciphertext, so a
/// value copied into another field does not decrypt.
/// </summary>
public interface ISecretProtector
{
    /// <summary>The stored form of <paramref name="plaintext"/>: <c>enc:v1:</c> and base64, different on every call.</summary>
    string Protect(string plaintext, string purpose);

    /// <summary>The plaintext of a value <see cref="Protect"/> made for the same purpose.</summary>
    /// <exception cref="SecretDecryptionException">The value is not one of ours, was changed, or was made with another key or purpose.</exception>
    string Unprotect(string protectedValue, string purpose);

    /// <summary>Whether the value has the stored form (it may still fail to decrypt).</summary>
    bool IsProtected(string value);
}
